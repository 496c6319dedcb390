import type { ComplaintSummary } from '../../../../complaint/complaint-record.ts';
import { jsonBody, requestJson } from '../shared/request-json.ts';
import type { ServerMessage } from './transcript.ts';

/** POST /api/chat/sessions answer. */
export interface StartedSession {
  sessionId: string;
  replies: ServerMessage[];
}

/** POST …/messages answer. */
export interface SentMessage {
  replies: ServerMessage[];
  complaint: ComplaintSummary | null;
}

const base = '/api/chat/sessions';
const sessionPath = (sessionId: string) => `${base}/${encodeURIComponent(sessionId)}`;

/** Opens a conversation; the bot greets. */
export function startSession(): Promise<StartedSession> {
  return requestJson(base, jsonBody('POST', {}));
}

/** Sends one customer message; the same clientMessageId sent again is answered without being processed twice. */
export function sendMessage(sessionId: string, text: string, clientMessageId: string): Promise<SentMessage> {
  return requestJson(`${sessionPath(sessionId)}/messages`, jsonBody('POST', { text, clientMessageId }));
}

/** Everything said so far in the conversation, oldest first. */
/** The conversation so far and the complaint as it stands. */
export function fetchHistory(
  sessionId: string,
): Promise<{ items: ServerMessage[]; complaint: ComplaintSummary | null }> {
  return requestJson(`${sessionPath(sessionId)}/messages`);
}

/** The live stream of agent replies and notices. */
export function eventsUrl(sessionId: string): string {
  return `${sessionPath(sessionId)}/events`;
}
