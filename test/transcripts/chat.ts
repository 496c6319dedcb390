// Transcript helper: a whole desk (real SQLite, sample policies, hand-moved clock) with the bootstrap admin, customers
// talking through the web chat API, and the stored complaint read back through the admin API.

import { expect } from 'vitest';
import { type AdminDesk, adminToken, createAdminDesk } from '../admin-fixtures.ts';

// biome-ignore lint/suspicious/noExplicitAny: transcripts read response bodies loosely and assert on them
type Loose = any;

/** One customer message and what came back. */
export interface Turn {
  status: number;
  replies: string[];
  /** all replies joined by newlines, for matching */
  text: string;
  complaint: Loose | null;
}

/** A customer's web chat session that keeps a readable transcript for failure messages. */
export interface Chat {
  sessionId: string;
  greeting: string;
  transcript: string[];
  /** Sends a message (optionally with the client's message id) and returns the turn. */
  say(text: string, options?: { clientMessageId?: string }): Promise<Turn>;
  /** Sends a message and asserts the replies match every pattern. */
  expect(text: string, ...patterns: RegExp[]): Promise<Turn>;
  /** The code of the latest complaint this chat has seen. */
  code(): string;
}

export type TranscriptDesk = AdminDesk & {
  chat(): Promise<Chat>;
  /** The complaint as the admin API shows it (fields, assessment, timeline, messages). */
  complaint(code: string): Promise<Loose>;
  /** Timeline notes of a complaint, as "type:note" lines. */
  timeline(code: string): Promise<string[]>;
  hours(n: number): void;
};

/** A fresh desk for a transcript file. */
export async function openDesk(): Promise<TranscriptDesk> {
  const desk = await createAdminDesk();

  async function chat(): Promise<Chat> {
    const started = await desk.call('POST', '/api/chat/sessions', { body: {} });
    expect(started.status).toBe(201);
    const sessionId: string = started.body.sessionId;
    const greeting = started.body.replies.map((r: { text: string }) => r.text).join('\n');
    const transcript = [`BOT: ${greeting}`];
    let lastCode: string | null = null;

    async function say(text: string, options: { clientMessageId?: string } = {}): Promise<Turn> {
      const res = await desk.call('POST', `/api/chat/sessions/${sessionId}/messages`, {
        body: { text, ...options },
      });
      const replies: string[] = (res.body?.replies ?? []).map((r: { text: string }) => r.text);
      transcript.push(`ME : ${text.length > 80 ? `${text.slice(0, 40)}…(${text.length}字)` : text}`);
      for (const r of replies) transcript.push(`BOT: ${r}`);
      const complaint = res.body?.complaint ?? null;
      if (complaint?.code) lastCode = complaint.code;
      return { status: res.status, replies, text: replies.join('\n'), complaint };
    }

    return {
      sessionId,
      greeting,
      transcript,
      say,
      async expect(text, ...patterns) {
        const turn = await say(text);
        expect(turn.status, transcript.join('\n')).toBe(200);
        for (const pattern of patterns) expect(turn.text, transcript.join('\n')).toMatch(pattern);
        return turn;
      },
      code() {
        if (!lastCode) throw new Error(`no complaint yet:\n${transcript.join('\n')}`);
        return lastCode;
      },
    };
  }

  async function complaint(code: string): Promise<Loose> {
    const res = await desk.admin.get(`/complaints/${code}`, adminToken);
    expect(res.status).toBe(200);
    return res.body;
  }

  async function timeline(code: string): Promise<string[]> {
    return (await complaint(code)).timeline.map((e: { type: string; note: string }) => `${e.type}:${e.note}`);
  }

  return { ...desk, chat, complaint, timeline, hours: (n: number) => desk.clock.advance(n * 3_600_000) };
}

/** The complaint codes of the format SPEC §1 fixes. */
export const codePattern = /TS-\d{8}-\d{4}/;

export { adminToken };
