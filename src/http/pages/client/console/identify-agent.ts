import { RequestFailure, readableMessage } from '../shared/request-json.ts';
import type { Me } from './admin-api.ts';

/** Who the token belongs to, and the desk's clock when asked. */
export interface Identity {
  agent: Me;
  now: string;
}

/**
 * Checks a token by opening the console stream with it and reading its first (`ready`) event, which names the
 * agent; then hangs up. Rejects with the API's message for a wrong or revoked token.
 */
export async function identifyAgent(token: string): Promise<Identity> {
  const controller = new AbortController();
  let res: Response;
  try {
    res = await fetch('/api/admin/stream', {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      signal: controller.signal,
    });
  } catch {
    throw new RequestFailure(0, 'network', '网络连接失败，请检查网络后重试');
  }
  if (!res.ok || !res.body) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new RequestFailure(
      res.status,
      body?.error?.code ?? `http_${res.status}`,
      body?.error?.message ? readableMessage(body.error.message) : `登录失败（${res.status}）`,
    );
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffered += value;
      const ready = buffered.split('\n\n').find((block) => /^event: ready$/m.test(block));
      const data = ready?.match(/^data: (.*)$/m)?.[1];
      if (data) return JSON.parse(data) as Identity;
    }
  } finally {
    controller.abort();
  }
  throw new RequestFailure(0, 'network', '连接中断，请重试');
}
