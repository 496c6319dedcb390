/** A request that did not succeed: `status` 0 means the network failed before an answer came. */
export class RequestFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  /** Worth trying again: no answer, too many requests, or the server is having trouble. */
  get retriable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

/**
 * fetch + JSON: resolves with the parsed body of a 2xx answer, rejects with a `RequestFailure` carrying the API's
 * `{"error": {"code", "message"}}` (its Chinese part) or a plain Chinese message when there was no answer.
 */
export async function requestJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  let status = 0;
  let text: string;
  try {
    const res = await fetch(url, { ...init, headers: { accept: 'application/json', ...init.headers } });
    status = res.status;
    text = await res.text();
  } catch {
    throw new RequestFailure(0, 'network', '网络连接失败，请检查网络后重试');
  }
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (status >= 200 && status < 300) return body as T;
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : `http_${status}`;
  const message = typeof error?.message === 'string' ? readableMessage(error.message) : `服务器返回错误（${status}）`;
  throw new RequestFailure(status, code, message);
}

/** The API writes "中文 / English"; people using the pages read the Chinese half. */
export function readableMessage(message: string): string {
  const [chinese] = message.split(' / ');
  return chinese && /[\u4e00-\u9fff]/.test(chinese) ? chinese : message;
}

/** A JSON request body with its content type. */
export function jsonBody(method: string, value: unknown): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}
