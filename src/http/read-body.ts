import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './errors.ts';

/** Bodies larger than this are refused with 413 before parsing. */
export const maxBodyBytes = 256 * 1024;

/**
 * Reads and validates a JSON body. Lenient about the content type (curl's default form type included) but strict
 * about content: not JSON → 400 invalid_json; wrong shape → 400 validation_failed naming the first problem; an empty
 * body reads as `{}`.
 */
export async function readBody<Schema extends z.ZodType>(c: Context, schema: Schema): Promise<z.infer<Schema>> {
  const raw = await c.req.text();
  if (Buffer.byteLength(raw) > maxBodyBytes)
    throw new ApiError('payload_too_large', `请求体超过 ${maxBodyBytes / 1024} KB`);
  let value: unknown = {};
  if (raw.trim() !== '') {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new ApiError('invalid_json', '请求体不是合法的 JSON / body is not valid JSON');
    }
  }
  return parseWith(schema, value);
}

/** Validates query parameters the same way. */
export function readQuery<Schema extends z.ZodType>(c: Context, schema: Schema): z.infer<Schema> {
  return parseWith(schema, c.req.query());
}

function parseWith<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new ApiError('validation_failed', `${where}${issue?.message ?? 'invalid input'}`);
}
