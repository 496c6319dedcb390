import { z } from 'zod';
import type { ListPosition } from '../../../../db/complaint-list.ts';
import { ApiError } from '../../../errors.ts';

const positionSchema = z.object({ t: z.iso.datetime(), c: z.string().min(1).max(40) });

/** An opaque cursor for the position after which the next page starts. */
export function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify({ t: position.receivedAt.toISOString(), c: position.code })).toString('base64url');
}

/** Reads a cursor from `encodeCursor`; anything else is 400 `validation_failed`. */
export function decodeCursor(cursor: string): ListPosition {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    raw = undefined;
  }
  const parsed = positionSchema.safeParse(raw);
  if (!parsed.success) throw new ApiError('validation_failed', 'cursor: 无效的分页游标 / invalid cursor');
  return { receivedAt: new Date(parsed.data.t), code: parsed.data.c };
}
