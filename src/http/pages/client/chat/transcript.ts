// The web chat's list of messages as pure data. Messages the server stored are keyed by their id; a message the
// customer typed is a local item until the server's history shows it. Every function returns a new transcript.

/** A message as the chat API returns it (history, replies, live events). */
export interface ServerMessage {
  id: string;
  text: string;
  at: string;
  author: 'customer' | 'bot' | 'agent' | 'system';
}

/** Where a message the customer typed is on its way to the server. */
export type LocalStatus = 'sending' | 'retrying' | 'sent' | 'failed';

export interface LocalMessage {
  clientId: string;
  status: LocalStatus;
  /** how many of the customer's own messages the server had when this one was typed: it can only match later ones */
  afterCount: number;
  error?: string;
}

export interface TranscriptItem {
  /** the server's message id, or `local:<clientId>` */
  key: string;
  author: ServerMessage['author'];
  text: string;
  at: string | null;
  local?: LocalMessage;
}

export type Transcript = readonly TranscriptItem[];

const localKey = (clientId: string) => `local:${clientId}`;

function fromServer(message: ServerMessage): TranscriptItem {
  return { key: message.id, author: message.author, text: message.text, at: message.at };
}

/** Appends the messages not shown yet (by id), in the order given. */
export function addServerMessages(transcript: Transcript, messages: readonly ServerMessage[]): Transcript {
  const known = new Set(transcript.map((item) => item.key));
  const fresh = messages.filter((m) => !known.has(m.id) && known.add(m.id));
  return fresh.length ? [...transcript, ...fresh.map(fromServer)] : transcript;
}

/** Appends a message the customer just typed. */
export function addLocalMessage(
  transcript: Transcript,
  input: { clientId: string; text: string; afterCount: number; status?: LocalStatus },
): Transcript {
  const local: LocalMessage = {
    clientId: input.clientId,
    status: input.status ?? 'sending',
    afterCount: input.afterCount,
  };
  return [...transcript, { key: localKey(input.clientId), author: 'customer', text: input.text, at: null, local }];
}

/** Updates the sending status of a typed message. */
export function setLocalStatus(
  transcript: Transcript,
  clientId: string,
  status: LocalStatus,
  error?: string,
): Transcript {
  return transcript.map((item) =>
    item.local?.clientId === clientId ? { ...item, local: { ...item.local, status, error } } : item,
  );
}

/** Marks a typed message as received and puts the bot's answers right after it. */
export function confirmLocal(transcript: Transcript, clientId: string, replies: readonly ServerMessage[]): Transcript {
  const marked = setLocalStatus(transcript, clientId, 'sent');
  const known = new Set(marked.map((item) => item.key));
  const fresh = replies.filter((m) => !known.has(m.id) && known.add(m.id)).map(fromServer);
  const at = marked.findIndex((item) => item.local?.clientId === clientId);
  if (at < 0) return [...marked, ...fresh];
  return [...marked.slice(0, at + 1), ...fresh, ...marked.slice(at + 1)];
}

/**
 * Folds the server's history in: the history's order wins, messages it does not have yet (live events that came
 * after it was read, typed messages still on their way) follow in their current order, and a typed message the
 * history already holds is replaced by the stored one. Never lists one id twice.
 */
export function mergeHistory(transcript: Transcript, history: readonly ServerMessage[]): Transcript {
  const unique = addServerMessages([], history);
  const inHistory = new Set(unique.map((item) => item.key));
  const matched = matchTypedMessages(transcript, history);
  const rest = transcript.filter((item) => (item.local ? !matched.has(item.local.clientId) : !inHistory.has(item.key)));
  return [...unique, ...rest];
}

/** Which typed messages the history already holds: same text, in order, after the messages they were typed after. */
function matchTypedMessages(transcript: Transcript, history: readonly ServerMessage[]): Set<string> {
  const customerTexts = history.filter((m) => m.author === 'customer').map((m) => m.text);
  const matched = new Set<string>();
  let next = 0;
  for (const item of transcript) {
    if (!item.local || item.local.status === 'failed') continue;
    for (let i = Math.max(next, item.local.afterCount); i < customerTexts.length; i++) {
      if (customerTexts[i] === item.text) {
        matched.add(item.local.clientId);
        next = i + 1;
        break;
      }
    }
  }
  return matched;
}

/** How many of the customer's messages the server is known to hold: the `afterCount` of the next typed one. */
export function storedCustomerCount(transcript: Transcript): number {
  return transcript.filter((item) => item.author === 'customer' && (!item.local || item.local.status === 'sent'))
    .length;
}

/** For a conversation started afresh: only the typed messages still on their way, counted from the beginning. */
export function keepUndelivered(transcript: Transcript): Transcript {
  return transcript.flatMap((item) =>
    item.local && (item.local.status === 'sending' || item.local.status === 'retrying')
      ? [{ ...item, local: { ...item.local, afterCount: 0 } }]
      : [],
  );
}
