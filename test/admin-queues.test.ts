// The console's lists: the filtered, cursor-paginated complaint list over many complaints, and the waiting queues.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplaintRecord } from '../src/complaint/complaint-record.ts';
import { type AdminDesk, adminToken, createAdminDesk } from './admin-fixtures.ts';

const kinds = {
  plain: '转人工',
  detailed: '我叫王芳，订单号 SO2026112801 的电饭煲不加热了，电话13912345678，转人工',
  spillover: '你们的空调安装师傅态度很差，我要去12315投诉，转人工',
  safety: '电热水壶插上就冒烟，手被电了一下',
  collecting: '买的吹风机用了两天就坏了',
} as const;
type Kind = keyof typeof kinds;
const plan: Kind[] = Array.from({ length: 55 }, (_, i) =>
  i === 7 ? 'detailed' : i % 11 === 3 ? 'safety' : i % 9 === 4 ? 'spillover' : i % 13 === 5 ? 'collecting' : 'plain',
);

let desk: AdminDesk;
const opened: { code: string; kind: Kind }[] = [];

beforeAll(async () => {
  desk = await createAdminDesk();
  for (const [i, kind] of plan.entries()) {
    // Three complaints share each minute, so the order also rests on the code tiebreak.
    if (i % 3 === 0) desk.clock.advance(60_000);
    const chat = await desk.openChat();
    const res = await chat.say(kinds[kind]);
    opened.push({ code: res.body.complaint.code, kind });
  }
}, 120_000);
afterAll(() => desk.dispose());

type Page = { items: ComplaintRecord[]; nextCursor: string | null };

async function listAll(query: string, limit: number): Promise<{ items: ComplaintRecord[]; pages: number }> {
  const items: ComplaintRecord[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const params = new URLSearchParams(query);
    params.set('limit', String(limit));
    if (cursor) params.set('cursor', cursor);
    const res = await desk.admin.get<Page>(`/complaints?${params}`, adminToken);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
    pages++;
  } while (cursor && pages < 20);
  return { items, pages };
}

function newestFirst(a: ComplaintRecord, b: ComplaintRecord): number {
  return b.receivedAt.localeCompare(a.receivedAt) || b.code.localeCompare(a.code);
}

describe('GET /api/admin/complaints', () => {
  it('pages through all 55 complaints in a stable order, newest first, without repeats or gaps', async () => {
    const { items, pages } = await listAll('', 20);
    expect(pages).toBe(3);
    expect(items).toHaveLength(55);
    expect(new Set(items.map((c) => c.code)).size).toBe(55);
    expect(items).toEqual([...items].sort(newestFirst));
    expect(new Set(items.map((c) => c.code))).toEqual(new Set(opened.map((o) => o.code)));
  });

  it('defaults to 20 per page and accepts empty filter parameters', async () => {
    const res = await desk.admin.get<Page>('/complaints?status=&queue=&category=&severity=&q=&cursor=', adminToken);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(20);
    expect(res.body.nextCursor).toEqual(expect.any(String));
  });

  it('filters by queue, severity, status and category, paginating the filtered set', async () => {
    const all = (await listAll('', 100)).items;
    const specialist = await listAll('queue=specialist', 4);
    expect(specialist.items.map((c) => c.code).sort()).toEqual(
      all
        .filter((c) => c.queue === 'specialist')
        .map((c) => c.code)
        .sort(),
    );
    expect(specialist.items.length).toBe(plan.filter((k) => k === 'safety' || k === 'spillover').length);

    const critical = await listAll('severity=critical', 50);
    expect(critical.items.length).toBe(plan.filter((k) => k === 'safety').length);
    expect(critical.items.every((c) => c.severity === 'critical' && c.safety)).toBe(true);

    const received = await listAll('status=received', 50);
    expect(received.items.length).toBe(plan.filter((k) => k === 'collecting').length);

    const category = critical.items[0]!.category!;
    const byCategory = await listAll(`category=${encodeURIComponent(category)}`, 50);
    expect(byCategory.items.length).toBe(all.filter((c) => c.category === category).length);
    expect(byCategory.items.every((c) => c.category === category)).toBe(true);

    const combined = await listAll('queue=specialist&severity=high', 50);
    expect(combined.items.length).toBe(plan.filter((k) => k === 'spillover').length);
  });

  it('searches code, description, product, order number, customer name and phone', async () => {
    const detailed = opened.find((o) => o.kind === 'detailed')!.code;
    for (const q of ['SO2026112801', '13912345678', '王芳', '电饭煲', detailed, detailed.toLowerCase()]) {
      const res = await listAll(`q=${encodeURIComponent(q)}`, 50);
      expect(
        res.items.map((c) => c.code),
        q,
      ).toEqual([detailed]);
    }
    const kettles = await listAll(`q=${encodeURIComponent('电热水壶')}`, 50);
    expect(kettles.items.length).toBe(plan.filter((k) => k === 'safety').length);
    const installers = await listAll(`q=${encodeURIComponent('安装师傅')}`, 50);
    expect(installers.items.length).toBe(plan.filter((k) => k === 'spillover').length);
    expect((await listAll('q=%25', 50)).items).toEqual([]);
  });

  it('filters by assignee: me, none', async () => {
    const agent = await desk.addAgent('frontline');
    const code = opened.find((o) => o.kind === 'plain')!.code;
    expect((await desk.admin.post(`/complaints/${code}/claim`, agent.token)).status).toBe(200);
    const mine = await desk.admin.get<Page>('/complaints?assignee=me', agent.token);
    expect(mine.body.items.map((c) => c.code)).toEqual([code]);
    const unassigned = await listAll('assignee=none', 100);
    expect(unassigned.items).toHaveLength(54);
  });

  it.each([
    'status=open',
    'queue=vip',
    'category=%E9%80%80%E6%AC%BE',
    'severity=urgent',
    'escalationLevel=ceo',
    'limit=0',
    'limit=101',
    'limit=abc',
    'limit=1.5',
    'cursor=not-a-cursor',
    `cursor=${Buffer.from('{"t":"yesterday","c":"x"}').toString('base64url')}`,
    `q=${'长'.repeat(101)}`,
  ])('refuses %s with 400 validation_failed', async (query) => {
    const res = await desk.admin.get(`/complaints?${query}`, adminToken);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
  });
});

describe('GET /api/admin/queues/{queue}', () => {
  it('lists the waiting complaints, most urgent first, then longest waiting', async () => {
    const res = await desk.admin.get<{ items: ComplaintRecord[] }>('/queues/specialist', adminToken);
    expect(res.status).toBe(200);
    const items = res.body.items;
    const expected = opened
      .filter((o) => o.kind === 'safety' || o.kind === 'spillover')
      .map((o) => items.find((c) => c.code === o.code)!)
      .sort(
        (a, b) => a.priority - b.priority || a.queuedAt!.localeCompare(b.queuedAt!) || a.code.localeCompare(b.code),
      );
    expect(items.map((c) => c.code)).toEqual(expected.map((c) => c.code));
    expect(items[0]!.severity).toBe('critical');
    expect(items.at(-1)!.severity).toBe('high');
    const firstHigh = items.findIndex((c) => c.severity !== 'critical');
    expect(items.slice(firstHigh).every((c) => c.severity === 'high')).toBe(true);
  });

  it('puts a later safety complaint ahead of earlier ones and leaves out claimed and closed complaints', async () => {
    const specialist = await desk.addAgent('specialist');
    const before = (await desk.admin.get<{ items: ComplaintRecord[] }>('/queues/specialist', specialist.token)).body
      .items;
    const [claimed, closed] = [before[0]!.code, before.at(-1)!.code];
    await desk.admin.post(`/complaints/${claimed}/claim`, specialist.token);
    await desk.admin.post(`/complaints/${closed}/claim`, specialist.token);
    await desk.admin.post(`/complaints/${closed}/close`, specialist.token, { outcome: 'withdrawn' });
    desk.clock.advance(3_600_000);
    const chat = await desk.openChat();
    const late = (await chat.say(kinds.safety)).body.complaint.code;

    const after = (await desk.admin.get<{ items: ComplaintRecord[] }>('/queues/specialist', specialist.token)).body
      .items;
    const codes = after.map((c) => c.code);
    expect(codes).not.toContain(claimed);
    expect(codes).not.toContain(closed);
    const lastCritical = after.findLastIndex((c) => c.severity === 'critical');
    expect(codes.indexOf(late)).toBe(lastCritical);
    expect(after.slice(lastCritical + 1).every((c) => c.severity === 'high')).toBe(true);
  });

  it('shows a frontline agent the frontline queue only', async () => {
    const frontline = await desk.addAgent('frontline');
    const own = await desk.admin.get<{ items: ComplaintRecord[] }>('/queues/frontline', frontline.token);
    expect(own.status).toBe(200);
    expect(own.body.items.length).toBeGreaterThan(0);
    expect(own.body.items.every((c) => c.queue === 'frontline' && c.assignee === null)).toBe(true);
    const other = await desk.admin.get('/queues/specialist', frontline.token);
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('forbidden');
    expect((await desk.admin.get('/queues/vip', frontline.token)).status).toBe(404);
    expect((await desk.admin.get('/queues/frontline?limit=0', frontline.token)).status).toBe(400);
  });
});
