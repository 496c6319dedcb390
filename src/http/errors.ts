import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from '../log.ts';

/** The closed set of error codes a client can receive, with their HTTP status. */
export const errorStatus = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof errorStatus;

/** The one error type handlers throw; rendered as {"error": {"code", "message"}}. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Renders an error body with the status that belongs to its code. */
export function errorResponse(c: Context, code: ErrorCode, message: string) {
  return c.json({ error: { code, message } }, errorStatus[code]);
}

/** Hono `onError`: known errors keep their code; anything else is logged and hidden behind `internal`. */
export function renderError(log: Logger) {
  return (err: Error, c: Context) => {
    if (err instanceof ApiError) return errorResponse(c, err.code, err.message);
    if (err instanceof HTTPException) {
      const code = codeForStatus(err.status);
      return errorResponse(c, code, err.message || code);
    }
    log.error('unhandled error', { method: c.req.method, path: c.req.path, error: err });
    return errorResponse(c, 'internal', '服务器内部错误，请稍后再试 / internal error');
  };
}

function codeForStatus(status: number): ErrorCode {
  const match = Object.entries(errorStatus).find(([, s]) => s === status);
  return (match?.[0] as ErrorCode | undefined) ?? (status >= 500 ? 'internal' : 'bad_request');
}
