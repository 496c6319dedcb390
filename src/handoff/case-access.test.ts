import { describe, expect, it } from 'vitest';
import type { Role } from '../accounts/roles.ts';
import { type Actor, checkCaseAction, checkClaim, checkQueueAccess, roleToClaim } from './case-access.ts';

const agent = (role: Role, id: string = role): Actor => ({ id, name: id, role });
const waiting = (escalationLevel: string, queue: 'frontline' | 'specialist' | null = 'frontline') => ({
  status: 'assessed' as const,
  assignee: null,
  escalationLevel,
  queue,
});

describe('checkClaim', () => {
  it.each([
    ['frontline', 'frontline', 'frontline', true],
    ['frontline', 'specialist', 'specialist', false],
    ['frontline', 'bot', null, true],
    ['specialist', 'frontline', 'frontline', true],
    ['specialist', 'specialist', 'specialist', true],
    ['specialist', 'supervisor', 'specialist', false],
    ['supervisor', 'supervisor', 'specialist', true],
    ['admin', 'supervisor', 'specialist', true],
  ] as const)('%s claiming a %s-level complaint: %s', (role, level, queue, ok) => {
    const decision = checkClaim(agent(role), waiting(level, queue));
    expect(decision.ok).toBe(ok);
    if (!decision.ok) expect(decision.code).toBe('forbidden');
  });

  it('treats an already assigned or closed complaint as a conflict, even for its own assignee', () => {
    const mine = { ...waiting('frontline'), assignee: { id: 'a', name: 'A', role: 'frontline' as const } };
    expect(checkClaim(agent('frontline', 'a'), mine)).toMatchObject({ ok: false, code: 'conflict' });
    expect(checkClaim(agent('admin'), mine)).toMatchObject({ ok: false, code: 'conflict' });
    expect(checkClaim(agent('admin'), { ...waiting('frontline'), status: 'closed' })).toMatchObject({
      code: 'conflict',
    });
  });

  it('needs a specialist for the specialist queue even when the level says frontline', () => {
    expect(roleToClaim({ escalationLevel: 'frontline', queue: 'specialist' })).toBe('specialist');
    expect(roleToClaim({ escalationLevel: 'unknown', queue: null })).toBe('frontline');
  });
});

describe('checkCaseAction', () => {
  const held = { ...waiting('frontline'), assignee: { id: 'a', name: '小王', role: 'frontline' as const } };
  it('lets the assignee and supervisors act', () => {
    expect(checkCaseAction(agent('frontline', 'a'), held).ok).toBe(true);
    expect(checkCaseAction(agent('supervisor'), held).ok).toBe(true);
    expect(checkCaseAction(agent('admin'), waiting('frontline')).ok).toBe(true);
  });
  it("forbids someone else's complaint and asks for a claim first on an unassigned one", () => {
    expect(checkCaseAction(agent('specialist', 'b'), held)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(checkCaseAction(agent('specialist', 'b'), waiting('frontline'))).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    expect(checkCaseAction(agent('admin'), { ...held, status: 'closed' })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
  });
});

describe('checkQueueAccess', () => {
  it('shows frontline agents their own queue, specialists and above both', () => {
    expect(checkQueueAccess(agent('frontline'), 'frontline').ok).toBe(true);
    expect(checkQueueAccess(agent('frontline'), 'specialist')).toMatchObject({ ok: false, code: 'forbidden' });
    expect(checkQueueAccess(agent('specialist'), 'specialist').ok).toBe(true);
  });
});
