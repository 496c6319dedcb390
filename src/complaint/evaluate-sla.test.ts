import { describe, expect, it } from 'vitest';
import { evaluateSla, nextLevel, type SlaAction, type SlaSnapshot, slaKey } from './evaluate-sla.ts';
import { computeDeadlines, defaultSlaPolicy } from './sla-policy.ts';

const received = new Date('2026-11-28T02:00:00Z');
const h = (hours: number) => new Date(received.getTime() + hours * 3_600_000);

/** A complaint received at `received`, assessed at once with the default deadlines of its severity. */
function snapshot(overrides: Partial<SlaSnapshot> = {}): SlaSnapshot {
  const severity = overrides.severity ?? 'high';
  return {
    status: 'assessed',
    severity,
    escalationLevel: 'frontline',
    receivedAt: received,
    acknowledgedAt: received,
    firstHumanContactAt: null,
    lastCustomerUpdateAt: null,
    done: new Set(),
    ...computeDeadlines(defaultSlaPolicy, severity ?? 'low', received),
    ...overrides,
  };
}

/** Actions as short strings, e.g. "warn:first_contact", "escalate:frontline>specialist", "notify:progress". */
function summary(actions: SlaAction[]): string[] {
  return actions.map((a) => {
    if (a.type === 'escalate') return `escalate:${a.from}>${a.to}`;
    if (a.type === 'notify') return `notify:${a.notice}`;
    return `${a.type}:${a.stage}`;
  });
}

/** Everything the actions mark done. */
function doneBy(actions: SlaAction[]): Set<string> {
  return new Set(actions.flatMap((a) => a.keys));
}

describe('evaluateSla', () => {
  it.each<[string, Partial<SlaSnapshot>, number, string[]]>([
    ['nothing in the first 18 h of a 24 h first contact', {}, 17.9, []],
    ['warns a quarter of the stage before first contact is due', {}, 18, ['warn:first_contact']],
    ['warns at 20 h', {}, 20, ['warn:first_contact']],
    [
      'breaches at 24 h: escalates frontline → specialist and apologises',
      {},
      24,
      ['breach:first_contact', 'escalate:frontline>specialist', 'notify:first_contact_overdue'],
    ],
    ['no first-contact clock once an agent made contact', { firstHumanContactAt: h(1) }, 30, []],
    [
      'a safety case warns at 1.5 h',
      { severity: 'critical', escalationLevel: 'specialist' },
      1.5,
      ['warn:first_contact'],
    ],
    [
      'a safety case breaches at 2 h: specialist → supervisor',
      { severity: 'critical', escalationLevel: 'specialist' },
      2,
      ['breach:first_contact', 'escalate:specialist>supervisor', 'notify:first_contact_overdue'],
    ],
    [
      'a bot-held complaint goes to the frontline on breach',
      { escalationLevel: 'bot' },
      24,
      ['breach:first_contact', 'escalate:bot>frontline', 'notify:first_contact_overdue'],
    ],
    [
      'at the top of the path a breach is recorded and the customer told, without escalating',
      { escalationLevel: 'supervisor' },
      24,
      ['breach:first_contact', 'notify:first_contact_overdue'],
    ],
    ['progress note every 48 h', { firstHumanContactAt: h(1) }, 48, ['notify:progress']],
    [
      'warns before the 7-day result, with a progress note before the deadline',
      { firstHumanContactAt: h(1), lastCustomerUpdateAt: h(100), nextProgressDueAt: h(148) },
      126,
      ['warn:resolution', 'notify:before_deadline'],
    ],
    [
      'no before-deadline note when the customer heard from us inside the warning window',
      { firstHumanContactAt: h(1), lastCustomerUpdateAt: h(130), nextProgressDueAt: h(178) },
      131,
      ['warn:resolution'],
    ],
    [
      'breaches the 7-day result: one level up, and an apology instead of the progress note due with it',
      { firstHumanContactAt: h(1), escalationLevel: 'specialist', nextProgressDueAt: h(168) },
      168,
      ['breach:resolution', 'escalate:specialist>supervisor', 'notify:resolution_overdue'],
    ],
    [
      'both deadlines missed at once (the desk was down): two steps up, one message',
      {},
      200,
      [
        'breach:first_contact',
        'escalate:frontline>specialist',
        'breach:resolution',
        'escalate:specialist>supervisor',
        'notify:first_contact_overdue',
      ],
    ],
    ['a closed complaint has no timers', { status: 'closed' }, 500, []],
    [
      'a complaint without deadlines (never assessed) has no timers',
      { firstContactDueAt: null, resolutionDueAt: null, nextProgressDueAt: null } as Partial<SlaSnapshot>,
      500,
      [],
    ],
  ])('%s', (_name, overrides, hours, expected) => {
    expect(summary(evaluateSla(defaultSlaPolicy, snapshot(overrides), h(hours)))).toEqual(expected);
  });

  it('does nothing twice: what is recorded as done is not returned again', () => {
    const s = snapshot();
    const warned = evaluateSla(defaultSlaPolicy, s, h(20));
    expect(evaluateSla(defaultSlaPolicy, { ...s, done: doneBy(warned) }, h(21))).toEqual([]);
    const breached = evaluateSla(defaultSlaPolicy, { ...s, done: doneBy(warned) }, h(25));
    const after = {
      ...s,
      escalationLevel: 'specialist' as const,
      lastCustomerUpdateAt: h(25),
      nextProgressDueAt: h(73),
      done: new Set([...doneBy(warned), ...doneBy(breached)]),
    };
    expect(evaluateSla(defaultSlaPolicy, after, h(26))).toEqual([]);
    // the progress clock restarted with the apology: the next note is due 48 h after it, not at 48 h
    expect(evaluateSla(defaultSlaPolicy, after, h(48))).toEqual([]);
    expect(summary(evaluateSla(defaultSlaPolicy, after, h(73)))).toEqual(['notify:progress']);
  });

  it('warns again for a deadline moved earlier (a case that turned out to be about safety)', () => {
    const s = snapshot({ done: new Set([slaKey('warn', 'first_contact', h(24))]) });
    const moved = { ...s, severity: 'critical' as const, firstContactDueAt: h(20) };
    expect(summary(evaluateSla(defaultSlaPolicy, moved, h(19.4)))).toEqual([]);
    expect(summary(evaluateSla(defaultSlaPolicy, moved, h(19.5)))).toEqual(['warn:first_contact']);
  });

  it('marks the suppressed notices done with the one it sends, and restarts the progress clock', () => {
    const actions = evaluateSla(defaultSlaPolicy, snapshot({ nextProgressDueAt: h(24) }), h(24));
    const notify = actions.find((a) => a.type === 'notify');
    expect(notify).toEqual({
      type: 'notify',
      notice: 'first_contact_overdue',
      nextProgressDueAt: h(72),
      keys: [slaKey('notice', 'first_contact_overdue', h(24)), slaKey('notice', 'progress', h(24))],
    });
  });

  it('follows the policy it is given', () => {
    const policy = { ...defaultSlaPolicy, firstContactHours: { ...defaultSlaPolicy.firstContactHours, low: 4 } };
    const s = snapshot({ severity: 'low', firstContactDueAt: h(4) });
    expect(summary(evaluateSla(policy, s, h(2.9)))).toEqual([]);
    expect(summary(evaluateSla(policy, s, h(3)))).toEqual(['warn:first_contact']);
  });
});

describe('nextLevel', () => {
  it.each([
    ['bot', 'frontline'],
    ['frontline', 'specialist'],
    ['specialist', 'supervisor'],
    ['supervisor', null],
  ] as const)('%s → %s', (from, to) => {
    expect(nextLevel(from)).toBe(to);
  });
});
