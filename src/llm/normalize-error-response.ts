/**
 * Rewrites an error response from an OpenAI-compatible server into OpenAI's `{"error": {"message"}}` shape.
 * The openai SDK reads the message only from that shape: for older vLLM's `{"object":"error","message":…}` or
 * FastAPI's `{"detail":…}` it reports "400 status code (no body)", and the message is what tells us that an
 * endpoint does not support `json_schema`.
 */
export async function normalizeErrorResponse(response: Response): Promise<Response> {
  if (response.ok) return response;
  const text = await response.text();
  const message = errorMessage(text);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  if (message === undefined) return new Response(text, { status: response.status, headers });
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify({ error: { message } }), { status: response.status, headers });
}

/** The message of a JSON error body in another server's shape; undefined when the SDK reads it as it is. */
function errorMessage(text: string): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined; // plain text: the SDK reports it as the message already
  }
  if (!isRecord(body)) return undefined;
  const error = body.error;
  if (isRecord(error) && typeof error.message === 'string') return undefined;
  if (typeof error === 'string') return error;
  for (const key of ['message', 'detail'] as const) {
    const value = body[key];
    if (typeof value === 'string') return value;
    if (value !== undefined) return JSON.stringify(value);
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
