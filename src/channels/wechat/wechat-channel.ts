import { type Contact, type Message, type Wechaty, WechatyBuilder, log as wechatyLog } from 'wechaty';
import type { impls } from 'wechaty-puppet';
import * as types from 'wechaty-puppet/types';
import type { Logger } from '../../log.ts';
import { type Backoff, backoffDelay } from '../backoff-delay.ts';
import type { ChannelAdapter, InboundChannelMessage, OutboundChannelMessage } from '../channel.ts';
import type { ChannelStatus } from '../channel-status.ts';
import { loadPuppet } from './load-puppet.ts';
import { readWechatMessage } from './read-wechat-message.ts';
import { renderLoginQr } from './render-login-qr.ts';
import { splitOutbound, wechatMaxTextBytes } from './split-outbound.ts';
import { translateInbound, wechatChannelName } from './translate-inbound.ts';
import { parseWechatAddress } from './wechat-address.ts';
import { initialWechatStatus, nextWechatStatus, type WechatStatusEvent } from './wechat-status.ts';

export interface WechatChannelOptions {
  /** a puppet package name (resolved at start, with `token`), or a puppet instance (tests pass wechaty-puppet-mock) */
  puppet: string | impls.PuppetInterface;
  token?: string;
  /** Wechaty's name: the login session is kept in `<name>.memory-card.json`; unset: not kept */
  name?: string;
  /** group topics or ids where the bot answers when @-mentioned */
  groups: readonly string[];
  log: Logger;
  now?: () => Date;
  /** waits between reconnection attempts; default 2 s doubling up to 5 min */
  reconnect?: Backoff;
  /** messages older than this are not answered; default one hour */
  maxAgeMs?: number;
  /** how long a send waits for a login (at start, or while reconnecting) before it fails; default 30 s */
  sendWaitMs?: number;
  /** a started puppet that shows neither a QR code nor a login within this time is restarted; default 60 s */
  connectTimeoutMs?: number;
  /** where the login QR code is shown (the operator's terminal); unset: only in the status */
  print?: (text: string) => void;
  onStatus?: (status: ChannelStatus) => void;
}

/** Room for the "@name " WeChat puts in front of a reply in a group. */
const mentionReserveBytes = 96;
const defaultReconnect: Backoff = { baseMs: 2_000, capMs: 300_000 };
/** The same error again within this time is not logged again (puppets retry in tight loops); the status has it. */
const repeatedErrorQuietMs = 60_000;

/**
 * The WeChat channel through Wechaty. It takes one-to-one messages (and @-mentions in configured groups) to the desk
 * and sends replies back to the same contact. A failed start, a logout or a lost connection is logged, shown in the
 * status and retried with a capped exponential back-off; nothing here ever stops the process.
 */
export function createWechatChannel(options: WechatChannelOptions): ChannelAdapter & { status(): ChannelStatus } {
  const now = options.now ?? (() => new Date());
  const reconnect = options.reconnect ?? defaultReconnect;
  const maxAgeMs = options.maxAgeMs ?? 60 * 60_000;
  const { log } = options;
  const provider = typeof options.puppet === 'string' ? options.puppet : options.puppet.name();

  let status = initialWechatStatus(provider, now());
  let bot: Wechaty | undefined;
  let onMessage: ((message: InboundChannelMessage) => Promise<void>) | undefined;
  let running = false;
  /** our own stop (shutting down or restarting): its logout is not a disconnect */
  let stopping = false;
  let attempts = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  /** while bot.start() runs: an error then is a failed start, handled once start() returns */
  let starting = false;
  let startError: Error | undefined;
  let connectTimer: NodeJS.Timeout | undefined;
  let lastLogged: { message: string; at: number } | undefined;
  const loginWaiters = new Set<() => void>();

  /** Resolves once logged in, or after `ms`; sends made while reconnecting wait here instead of failing at once. */
  function loggedIn(ms: number): Promise<boolean> {
    if (bot?.isLoggedIn) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        loginWaiters.delete(done);
        resolve(bot?.isLoggedIn ?? false);
      };
      const timer = setTimeout(done, ms);
      loginWaiters.add(done);
    });
  }

  function dispatch(event: WechatStatusEvent) {
    status = nextWechatStatus(status, event);
    options.onStatus?.(status);
  }

  async function connect(): Promise<void> {
    if (!running || !bot) return;
    dispatch({ type: 'starting', at: now() });
    starting = true;
    startError = undefined;
    try {
      await bot.start();
    } catch (error) {
      startError = error instanceof Error ? error : new Error(String(error));
    } finally {
      starting = false;
    }
    // Wechaty reports a puppet that fails to start through an 'error' event, and its start() still resolves.
    if (startError && !bot.isLoggedIn) {
      failed('wechat channel could not start', startError);
      scheduleReconnect();
    } else if (running) {
      log.info('wechat channel started', { puppet: provider });
      watchConnecting();
    }
  }

  /** A puppet may start, then fail to reach WeChat in its own retry loop: give it a while, then restart it. */
  function watchConnecting() {
    clearTimeout(connectTimer);
    connectTimer = setTimeout(() => {
      if (!running || status.state !== 'starting') return;
      const cause = status.lastError ? `: ${status.lastError.message}` : '';
      failed('wechat did not connect', new Error(`未能连上微信 / not connected in time${cause}`));
      scheduleReconnect();
    }, options.connectTimeoutMs ?? 60_000);
  }

  function scheduleReconnect() {
    if (!running || retryTimer) return;
    const delay = backoffDelay(attempts, reconnect);
    attempts += 1;
    dispatch({ type: 'retry_scheduled', attempt: attempts, retryAt: new Date(now().getTime() + delay), at: now() });
    log.warn('wechat disconnected; reconnecting', { attempt: attempts, inSeconds: Math.round(delay / 1000) });
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void restart();
    }, delay);
  }

  async function restart() {
    if (!running || !bot) return;
    await stopBot();
    await connect();
  }

  async function stopBot() {
    if (!bot) return;
    stopping = true;
    try {
      await bot.stop();
    } catch (error) {
      log.debug('wechat stop failed', { error });
    } finally {
      stopping = false;
    }
  }

  function failed(message: string, error: unknown) {
    const text = error instanceof Error ? error.message : String(error);
    const at = now();
    const repeated = lastLogged?.message === text && at.getTime() - lastLogged.at < repeatedErrorQuietMs;
    if (!repeated) {
      log.error(message, { error: text });
      lastLogged = { message: text, at: at.getTime() };
    }
    dispatch({ type: 'error', message: text, at });
  }

  async function onScan(qrcode: string, scanStatus: types.ScanStatus) {
    if (scanStatus === types.ScanStatus.Scanned) {
      options.print?.('微信：已扫码，请在手机上确认登录 / scanned, confirm on the phone');
      return;
    }
    if (!qrcode || (scanStatus !== types.ScanStatus.Waiting && scanStatus !== types.ScanStatus.Timeout)) return;
    clearTimeout(connectTimer);
    const rendered = await renderLoginQr(qrcode);
    dispatch({ type: 'scan', qrcode, qrcodeImage: rendered.image, at: now() });
    log.info('wechat waiting for a login scan (QR code in the terminal and the console)');
    options.print?.(`\n请用要接入的微信扫码登录 / scan with the WeChat account to connect:\n${rendered.terminal}`);
  }

  function onLogin(user: Contact) {
    clearTimeout(connectTimer);
    attempts = 0;
    dispatch({ type: 'login', user: user.name(), at: now() });
    log.info('wechat logged in');
    options.print?.(`微信已登录 / WeChat logged in: ${user.name()}`);
    for (const wake of [...loginWaiters]) wake();
  }

  function onLogout(reason?: string) {
    if (stopping || !running) return;
    dispatch({ type: 'logout', reason: reason || '微信已退出登录 / logged out', at: now() });
    scheduleReconnect();
  }

  function onError(error: Error) {
    if (!running) return;
    if (starting) {
      startError ??= error;
      return;
    }
    failed('wechat error', error);
    // A puppet that lost its connection may say so only through an error; a logged-out bot needs a restart.
    if (!stopping && status.state === 'logged_in' && bot && !bot.isLoggedIn) {
      dispatch({ type: 'logout', reason: error.message, at: now() });
      scheduleReconnect();
    }
  }

  async function onWechatMessage(msg: Message) {
    try {
      const translation = translateInbound(await readWechatMessage(msg), {
        groups: options.groups,
        now: now(),
        maxAgeMs,
      });
      if (translation.kind === 'ignore') {
        if (translation.reason !== 'self') log.debug('wechat message ignored', { reason: translation.reason });
        return;
      }
      await onMessage?.(translation.message);
    } catch (error) {
      log.error('wechat message not taken in', { error });
    }
  }

  async function createBot(): Promise<Wechaty | undefined> {
    try {
      const puppet =
        typeof options.puppet === 'string' ? await loadPuppet(options.puppet, options.token) : options.puppet;
      return WechatyBuilder.build({ name: options.name, puppet })
        .on('scan', (qrcode, scanStatus) => void onScan(qrcode, scanStatus))
        .on('login', onLogin)
        .on('logout', (_user, reason) => onLogout(reason))
        .on('error', onError)
        .on('message', (msg) => void onWechatMessage(msg));
    } catch (error) {
      // A puppet that is not installed or rejects its options: a configuration problem retrying cannot fix.
      failed(`wechat puppet ${provider} could not be loaded; check WECHATY_PUPPET (npm install it if needed)`, error);
      dispatch({ type: 'logout', reason: status.lastError?.message ?? 'puppet not loaded', at: now() });
      return undefined;
    }
  }

  return {
    name: wechatChannelName,
    identifiesCustomer: true,

    async start(handler) {
      if (running) return;
      onMessage = handler;
      running = true;
      // Wechaty logs to the console at info level by default, names included; ours masks personal data.
      if (!process.env.WECHATY_LOG) wechatyLog.level('warn');
      dispatch({ type: 'starting', at: now() });
      bot ??= await createBot();
      await connect();
    },

    async send(to: string, message: OutboundChannelMessage) {
      // The bot's own words already carry the complaint code; WeChat shows nothing else.
      if (message.type !== 'text') return;
      if (!bot || !running) throw new Error('WeChat channel is not running');
      if (!(await loggedIn(options.sendWaitMs ?? 30_000))) throw new Error('WeChat is not connected');
      const address = parseWechatAddress(to);
      const contact = await bot.Contact.find({ id: address.contactId });
      if (!contact) throw new Error('WeChat contact not found');
      if (address.kind === 'contact') {
        for (const piece of splitOutbound(message.text)) await contact.say(piece);
        return;
      }
      const room = await bot.Room.find({ id: address.roomId });
      if (!room) throw new Error('WeChat group not found');
      for (const piece of splitOutbound(message.text, wechatMaxTextBytes - mentionReserveBytes)) {
        await room.say(piece, contact);
      }
    },

    async stop() {
      if (!running) return;
      running = false;
      clearTimeout(retryTimer);
      clearTimeout(connectTimer);
      retryTimer = undefined;
      for (const wake of [...loginWaiters]) wake();
      await stopBot();
      dispatch({ type: 'stopped', at: now() });
    },

    status: () => status,
  };
}
