import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminDesk, adminToken, createAdminDesk } from '../../../test/admin-fixtures.ts';

let desk: AdminDesk;
beforeAll(async () => {
  desk = await createAdminDesk();
});
afterAll(() => desk.dispose());

/** Opens the stream and returns a reader of its SSE events, by name and parsed data. */
async function openStream(init: { query?: string; headers?: Record<string, string> }) {
  const res = await desk.app.request(`/api/admin/stream${init.query ?? ''}`, { headers: init.headers });
  if (res.status !== 200 || !res.body) return { res, next: undefined, close: async () => {} };
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  async function next(): Promise<{ event: string; data: unknown }> {
    for (;;) {
      const end = buffered.indexOf('\n\n');
      if (end >= 0) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const event = block.match(/^event: (.*)$/m)?.[1];
        const data = block.match(/^data: (.*)$/m)?.[1];
        if (event && data) return { event, data: JSON.parse(data) };
        continue;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buffered += value;
    }
  }
  return { res, next, close: () => reader.cancel() };
}

describe('GET /api/admin/stream', () => {
  it('refuses a request without a token, with a wrong query token, or a wrong header', async () => {
    for (const init of [
      {},
      { query: '?token=' },
      { query: '?token=qt_wrong' },
      { headers: { authorization: 'Bearer qt_wrong' } },
      // a header, when sent, is what counts
      { query: `?token=${adminToken}`, headers: { authorization: 'Bearer qt_wrong' } },
    ]) {
      const { res } = await openStream(init);
      expect(res.status, JSON.stringify(init)).toBe(401);
      expect(await res.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    }
  });

  it('refuses the token of a deactivated agent', async () => {
    const gone = await desk.addAgent('frontline');
    await desk.admin.patch(`/agents/${gone.id}`, adminToken, { active: false });
    const { res } = await openStream({ query: `?token=${gone.token}` });
    expect(res.status).toBe(401);
  });

  it('introduces the agent, then tells of every desk change (token in the query, for EventSource)', async () => {
    const agent = await desk.addAgent('frontline', '赵一线');
    const stream = await openStream({ query: `?token=${encodeURIComponent(agent.token)}` });
    expect(stream.res.headers.get('content-type')).toContain('text/event-stream');
    expect(await stream.next!()).toEqual({
      event: 'ready',
      data: { agent: { id: agent.id, name: '赵一线', role: 'frontline' }, now: desk.clock.now().toISOString() },
    });

    const { code } = await desk.frontlineComplaint();
    const seen: unknown[] = [];
    for (;;) {
      const { event, data } = await stream.next!();
      expect(event).toBe('change');
      seen.push(data);
      if ((data as { kind: string }).kind === 'complaint_queued') break;
    }
    expect(seen).toContainEqual({ code, kind: 'complaint_queued', at: desk.clock.now().toISOString() });
    expect(seen).toContainEqual(
      expect.objectContaining({ kind: 'customer_message', conversationId: expect.any(String) }),
    );
    await stream.close();
  });

  it('accepts the usual bearer header too', async () => {
    const stream = await openStream({ headers: { authorization: `Bearer ${adminToken}` } });
    const ready = await stream.next!();
    expect(ready.event).toBe('ready');
    expect((ready.data as { agent: { role: string } }).agent.role).toBe('admin');
    await stream.close();
  });

  it('stops listening once the client hangs up', async () => {
    const before = desk.bus.listenerCount('deskChange');
    const stream = await openStream({ query: `?token=${adminToken}` });
    await stream.next!();
    expect(desk.bus.listenerCount('deskChange')).toBe(before + 1);
    await stream.close();
    desk.bus.emit('deskChange', { code: null, kind: 'complaint_updated', at: new Date() });
    await expect.poll(() => desk.bus.listenerCount('deskChange')).toBe(before);
  });
});
