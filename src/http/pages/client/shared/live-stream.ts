import { retryDelay } from './retry-delay.ts';

/** Where a live stream is: connecting the first time, open, or waiting to reconnect after a drop. */
export type LiveState = 'connecting' | 'open' | 'retrying';

export interface LiveStreamOptions {
  /** asked again at every (re)connection */
  url: () => string;
  /** handlers by event name, given the parsed JSON data; the server's `ready` event marks the stream open */
  events: Record<string, (data: unknown) => void>;
  onState?: (state: LiveState) => void;
}

/**
 * An EventSource that reconnects with growing delays after any drop, immediately when the browser comes back
 * online. The browser's own retry is switched off (it would hammer a server that is down, and cannot back off).
 * Whoever listens should re-fetch what they show on every `ready`: events sent while disconnected are not replayed.
 */
export function openLiveStream(options: LiveStreamOptions): { close(): void } {
  let source: EventSource | undefined;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const setState = (state: LiveState) => options.onState?.(state);

  function connect() {
    clearTimeout(timer);
    timer = undefined;
    source?.close();
    if (closed) return;
    const current = new EventSource(options.url());
    source = current;
    for (const [name, handle] of Object.entries(options.events)) {
      current.addEventListener(name, (event) => {
        if (name === 'ready') {
          attempt = 0;
          setState('open');
        }
        handle(parseData((event as MessageEvent<string>).data));
      });
    }
    current.onerror = () => {
      if (source !== current) return;
      current.close();
      scheduleReconnect();
    };
  }

  function scheduleReconnect() {
    if (closed || timer) return;
    setState('retrying');
    timer = setTimeout(connect, retryDelay(attempt++));
  }

  const onOnline = () => {
    if (timer) connect();
  };
  const onOffline = () => {
    source?.close();
    scheduleReconnect();
  };
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  setState('connecting');
  connect();

  return {
    close() {
      closed = true;
      clearTimeout(timer);
      source?.close();
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    },
  };
}

function parseData(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}
