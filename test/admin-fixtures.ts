// Shared set-up for the admin API suites: a whole desk, agents of each role, and complaints opened the way customers
// open them, through the web chat.

import { ensureBootstrapAdmin } from '../src/accounts/ensure-bootstrap-admin.ts';
import type { Role } from '../src/accounts/roles.ts';
import type { ComplaintRecord } from '../src/complaint/complaint-record.ts';
import type { CustomerMessageEvent } from '../src/events/desk-events.ts';
import { createTestDesk } from './desk.ts';

export const adminToken = 'admin-token-for-tests-0001';

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies loosely and assert on them
type Loose = any;

export interface ApiResult<T = Loose> {
  status: number;
  body: T;
}

/** A desk with the bootstrap admin, a recorder of everything delivered to customers, and request helpers. */
export async function createAdminDesk() {
  const desk = await createTestDesk();
  await ensureBootstrapAdmin(desk.db, adminToken);
  const delivered: CustomerMessageEvent[] = [];
  desk.bus.on('toCustomer', (event) => delivered.push(event));

  async function call<T = Loose>(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const res = await desk.app.request(path, { method, headers, body });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }

  const admin = {
    get: <T = Loose>(path: string, token: string) => call<T>('GET', `/api/admin${path}`, { token }),
    post: <T = Loose>(path: string, token: string, body: unknown = {}) =>
      call<T>('POST', `/api/admin${path}`, { token, body }),
    patch: <T = Loose>(path: string, token: string, body: unknown) =>
      call<T>('PATCH', `/api/admin${path}`, { token, body }),
  };

  let agentCount = 0;
  /** A new agent account of `role`, made by the admin through the API. */
  async function addAgent(
    role: Role,
    name = `${role}-${++agentCount}`,
  ): Promise<{ id: string; token: string; name: string }> {
    const res = await admin.post('/agents', adminToken, { name, role });
    if (res.status !== 201) throw new Error(`could not create agent: ${JSON.stringify(res.body)}`);
    return { id: res.body.id, token: res.body.token, name };
  }

  /** A customer's web chat: open a session, then talk. */
  async function openChat() {
    const started = await call('POST', '/api/chat/sessions', { body: {} });
    const sessionId: string = started.body.sessionId;
    return {
      sessionId,
      say: (text: string) => call('POST', `/api/chat/sessions/${sessionId}/messages`, { body: { text } }),
    };
  }

  /** A complaint in the frontline queue: the customer asks for a human straight away. */
  async function frontlineComplaint(): Promise<{ code: string; chat: Awaited<ReturnType<typeof openChat>> }> {
    const chat = await openChat();
    const res = await chat.say('转人工');
    if (res.body.complaint?.queue !== 'frontline') throw new Error(`not queued: ${JSON.stringify(res.body)}`);
    return { code: res.body.complaint.code, chat };
  }

  /** A safety complaint: critical, straight to the specialist queue. */
  async function specialistComplaint(): Promise<{ code: string; chat: Awaited<ReturnType<typeof openChat>> }> {
    const chat = await openChat();
    const res = await chat.say('电热水壶插上就冒烟，手被电了一下');
    if (res.body.complaint?.queue !== 'specialist') throw new Error(`not queued: ${JSON.stringify(res.body)}`);
    return { code: res.body.complaint.code, chat };
  }

  /** What the customer of a chat received through the bus (agent replies, notices), in order. */
  function deliveredTo(sessionId: string): CustomerMessageEvent[] {
    return delivered.filter((e) => e.externalId === sessionId);
  }

  /** The stored conversation behind a web chat session (owner, agent, dialogue state). */
  function conversationOf(sessionId: string) {
    return desk.db.conversation.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'web', externalId: sessionId } },
    });
  }

  return {
    ...desk,
    conversationOf,
    call,
    admin,
    addAgent,
    openChat,
    frontlineComplaint,
    specialistComplaint,
    deliveredTo,
    delivered,
  };
}

export type AdminDesk = Awaited<ReturnType<typeof createAdminDesk>>;
export type { ComplaintRecord };
