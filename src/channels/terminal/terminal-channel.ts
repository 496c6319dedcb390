import { randomBytes } from 'node:crypto';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { statusLabels } from '../../complaint/lifecycle.ts';
import type { ChannelAdapter, OutboundChannelMessage } from '../channel.ts';

/** The engine's name for the terminal chat. */
export const terminalChannelName = 'terminal';

const authorLabels = { bot: '客服助手', agent: '人工客服', system: '通知' } as const;

export const terminalHelp = '输入消息后回车发送；/new 开始新会话，/quit 退出。';

/** How one outbound message reads in the terminal. */
export function formatForTerminal(message: OutboundChannelMessage): string {
  if (message.type === 'complaint') return `〔投诉 ${message.code} · ${statusLabels[message.status]}〕`;
  return `${authorLabels[message.author]}：${message.text}`;
}

export interface TerminalChannelOptions {
  input: Readable;
  output: Writable;
  /** called when a session begins (at start and after /new), before the customer types: the chat greets there */
  onSession?: (externalId: string) => Promise<void>;
  newSessionId?: () => string;
}

/**
 * The customer side of a chat in the terminal, for trying the bot out and for demos: each line typed is a message,
 * `/new` starts a new session (a new conversation), `/quit` or the end of input stops. Replies, agent messages and the
 * complaint's status line are printed as they come.
 */
export function createTerminalChannel(options: TerminalChannelOptions) {
  const { input, output } = options;
  const newSessionId = options.newSessionId ?? (() => `terminal-${randomBytes(9).toString('base64url')}`);
  const interactive = (output as Writable & { isTTY?: boolean }).isTTY === true;
  let session = newSessionId();
  let rl: readline.Interface | undefined;
  /** true while a line is being answered; messages arriving at other times redraw the prompt */
  let busy = false;
  const shown = new Set<string>();
  /** the complaint line last shown per session: it is shown again only when it changes */
  const lastComplaint = new Map<string, string>();
  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });

  function print(text: string) {
    if (interactive && !busy) {
      readline.cursorTo(output, 0);
      readline.clearLine(output, 0);
    }
    output.write(`${text}\n`);
    if (interactive && !busy) rl?.prompt(true);
  }

  async function begin() {
    session = newSessionId();
    await options.onSession?.(session);
  }

  const adapter: ChannelAdapter = {
    name: terminalChannelName,
    identifiesCustomer: false,

    async start(onMessage) {
      const lines = readline.createInterface({ input, output, terminal: interactive });
      rl = lines;
      lines.setPrompt('我：');
      print(terminalHelp);
      busy = true;
      await options.onSession?.(session);
      const prompt = () => {
        busy = false;
        if (interactive) lines.prompt();
      };
      void (async () => {
        prompt();
        for await (const line of lines) {
          const text = line.trim();
          busy = true;
          // Piped input is not echoed; show it so the output reads as a transcript.
          if (!interactive && text) output.write(`我：${text}\n`);
          if (text === '/quit') break;
          if (text === '/new') {
            print('—— 新会话 ——');
            await begin();
          } else if (text === '/help') {
            print(terminalHelp);
          } else if (text) {
            await onMessage({
              channel: terminalChannelName,
              externalId: session,
              messageId: randomBytes(12).toString('base64url'),
              text,
              attachments: [],
              at: new Date(),
            });
          }
          prompt();
        }
        lines.close();
        resolveClosed();
      })().catch((error: unknown) => {
        output.write(`出错了 / error: ${error instanceof Error ? error.message : String(error)}\n`);
        rl?.close();
        resolveClosed();
      });
    },

    async send(to, message) {
      if (message.type === 'text' && message.id) {
        if (shown.has(message.id)) return;
        shown.add(message.id);
      }
      if (message.type === 'complaint') {
        const line = `${message.code}:${message.status}`;
        if (lastComplaint.get(to) === line) return;
        lastComplaint.set(to, line);
      }
      print(`${to === session ? '' : '（之前的会话）'}${formatForTerminal(message)}`);
    },

    async stop() {
      rl?.close();
    },
  };

  return {
    ...adapter,
    /** resolves when the customer quits or the input ends */
    closed,
    /** the current session's address (the conversation's `externalId`) */
    session: () => session,
  };
}
