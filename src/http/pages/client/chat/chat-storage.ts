import type { ComplaintSummary } from '../../../../complaint/complaint-record.ts';
import type { OutboxEntry } from './outbox.ts';

/**
 * What the web chat keeps in localStorage so a reload resumes the same conversation: the session id, messages not
 * yet delivered and the last complaint summary. Namespaced by shop. Falls back to memory when storage is blocked.
 */
export function createChatStorage(shop: string | null) {
  const prefix = `qingting.chat.${shop ?? 'default'}.`;
  const memory = new Map<string, string>();

  const read = (key: string): string | null => {
    try {
      return localStorage.getItem(prefix + key);
    } catch {
      return memory.get(key) ?? null;
    }
  };
  const write = (key: string, value: string | null) => {
    try {
      if (value === null) localStorage.removeItem(prefix + key);
      else localStorage.setItem(prefix + key, value);
    } catch {
      if (value === null) memory.delete(key);
      else memory.set(key, value);
    }
  };
  const readJson = <T>(key: string, fallback: T): T => {
    try {
      return (JSON.parse(read(key) ?? 'null') as T | null) ?? fallback;
    } catch {
      return fallback;
    }
  };

  return {
    sessionId: () => read('session'),
    saveSessionId: (id: string) => write('session', id),
    outbox: () => readJson<OutboxEntry[]>('outbox', []).filter((e) => typeof e?.clientId === 'string'),
    saveOutbox: (entries: readonly OutboxEntry[]) => write('outbox', entries.length ? JSON.stringify(entries) : null),
    complaint: () => readJson<ComplaintSummary | null>('complaint', null),
    saveComplaint: (summary: ComplaintSummary | null) => write('complaint', summary ? JSON.stringify(summary) : null),
    /** Forgets the conversation (the server no longer knows it); undelivered messages stay to be sent again. */
    forgetSession: () => {
      write('session', null);
      write('complaint', null);
    },
  };
}

export type ChatStorage = ReturnType<typeof createChatStorage>;
