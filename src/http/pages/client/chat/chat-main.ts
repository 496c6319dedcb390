// The web chat: resumes the stored conversation, sends through a retrying outbox and listens for agent replies.
import type { ComplaintSummary } from '../../../../complaint/complaint-record.ts';
import type { ChatPageConfig } from '../../page-config.ts';
import { byId, readPageConfig } from '../shared/dom.ts';
import { setupLargeText } from '../shared/large-text.ts';
import { type LiveState, openLiveStream } from '../shared/live-stream.ts';
import { randomId } from '../shared/random-id.ts';
import { RequestFailure } from '../shared/request-json.ts';
import { retryDelay, waitToRetry } from '../shared/retry-delay.ts';
import { eventsUrl, fetchHistory, type SentMessage, sendMessage, startSession } from './chat-api.ts';
import { createChatStorage } from './chat-storage.ts';
import { createChatView } from './chat-view.ts';
import { createOutbox, type OutboxEntry } from './outbox.ts';
import {
  addLocalMessage,
  addServerMessages,
  confirmLocal,
  keepUndelivered,
  mergeHistory,
  type ServerMessage,
  setLocalStatus,
  storedCustomerCount,
  type Transcript,
} from './transcript.ts';

const config = readPageConfig<ChatPageConfig>();
const storage = createChatStorage(config.shop);
const view = createChatView(config.statusLabels);
const form = byId<HTMLFormElement>('composer');
const input = byId<HTMLTextAreaElement>('composer-text');

let transcript: Transcript = [];
let sessionId = storage.sessionId();
let stream: { close(): void } | undefined;
let starting: Promise<void> | undefined;
let streamState: LiveState = 'connecting';

const update = (next: Transcript, scroll = false) => {
  transcript = next;
  view.render(transcript, { scroll });
};

const outbox = createOutbox<SentMessage>(
  {
    send: async (entry) => sendMessage(await requireSession(), entry.text, entry.clientId),
    onStatus: (entry, status) => {
      update(setLocalStatus(transcript, entry.clientId, status));
      // The bot is "typing" only while a message is actually on its way.
      view.setTyping(status === 'sending');
    },
    onDelivered: (entry, result) => {
      update(confirmLocal(transcript, entry.clientId, result.replies));
      showComplaint(result.complaint);
    },
    onRejected: (entry, failure) => {
      update(setLocalStatus(transcript, entry.clientId, 'failed', failure.message));
      if (!input.value) input.value = entry.text;
    },
    onSessionLost: () => restartSession(),
    persist: (entries) => storage.saveOutbox(entries),
    onIdle: () => view.setTyping(false),
  },
  storage.outbox(),
);

/** The session to talk in, opening one (and retrying until the network allows) if there is none. */
async function requireSession(): Promise<string> {
  while (!sessionId) {
    starting ??= openSession().finally(() => {
      starting = undefined;
    });
    await starting;
  }
  return sessionId;
}

async function openSession(): Promise<void> {
  view.setConnection('starting');
  for (let attempt = 0; ; attempt++) {
    try {
      const started = await startSession();
      sessionId = started.sessionId;
      storage.saveSessionId(sessionId);
      update(mergeLocalOnly(started.replies), true);
      listen();
      return;
    } catch (error) {
      if (error instanceof RequestFailure && !error.retriable) throw error;
      await waitToRetry(retryDelay(attempt));
    }
  }
}

/** The server forgot the conversation (its data was reset): start a new one, keep what is still to be sent. */
async function restartSession(): Promise<void> {
  if (starting) return starting;
  stream?.close();
  storage.forgetSession();
  sessionId = null;
  view.setComplaint(null);
  outbox.rebase();
  update(keepUndelivered(transcript));
  await requireSession();
}

/** A fresh conversation's greeting, followed by the typed messages still on their way. */
function mergeLocalOnly(greeting: readonly ServerMessage[]): Transcript {
  return [...addServerMessages([], greeting), ...keepUndelivered(transcript)];
}

/** Re-reads the whole conversation and folds it in: after a reload, a reconnect, or anything missed. */
async function syncHistory(): Promise<void> {
  if (!sessionId) return;
  try {
    const history = await fetchHistory(sessionId);
    update(mergeHistory(transcript, history.items));
    showComplaint(history.complaint);
  } catch (error) {
    if (error instanceof RequestFailure && error.status === 404) await restartSession();
    // any other failure: the stream is reconnecting too, and its `ready` syncs again
  }
}

function listen() {
  stream?.close();
  stream = openLiveStream({
    url: () => eventsUrl(sessionId ?? ''),
    events: {
      ready: () => void syncHistory(),
      reply: (data) => {
        const message = data as ServerMessage & { complaint?: ComplaintSummary | null };
        update(addServerMessages(transcript, [message]));
        showComplaint(message.complaint);
      },
    },
    onState: (state) => {
      streamState = state;
      showConnection();
    },
  });
}

/** The complaint's code and status line; kept for the next visit. Nothing to show leaves the line as it is. */
function showComplaint(complaint: ComplaintSummary | null | undefined) {
  if (!complaint) return;
  storage.saveComplaint(complaint);
  view.setComplaint(complaint);
}

function showConnection() {
  view.setConnection(navigator.onLine ? streamState : 'offline');
}

function submit() {
  const text = input.value.trim();
  if (!text) {
    input.focus();
    return;
  }
  const entry: OutboxEntry = { clientId: randomId(), text, afterCount: storedCustomerCount(transcript) };
  update(addLocalMessage(transcript, entry), true);
  input.value = '';
  fitInput();
  outbox.add(entry);
}

function fitInput() {
  input.style.height = 'auto';
  input.style.height = `${Math.min(input.scrollHeight, 160)}px`;
}

async function boot() {
  setupLargeText(byId<HTMLButtonElement>('text-size'));
  view.setComplaint(storage.complaint());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  input.addEventListener('keydown', (event) => {
    // Enter sends, Shift+Enter breaks the line; never while a Chinese input method is composing.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    submit();
  });
  input.addEventListener('input', fitInput);
  window.addEventListener('online', showConnection);
  window.addEventListener('offline', showConnection);

  for (const entry of outbox.entries()) transcript = addLocalMessage(transcript, { ...entry, status: 'retrying' });
  if (sessionId) {
    view.setConnection('starting');
    await syncHistory();
    view.scrollToEnd();
    if (sessionId) listen();
  } else {
    await requireSession();
  }
  showConnection();
  outbox.start();
}

void boot();
