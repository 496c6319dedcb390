import type { ComplaintRecord } from '../../../../complaint/complaint-record.ts';
import type { DbOrTx } from '../../../../db/client.ts';
import { findComplaint } from '../../../../db/complaints.ts';
import type { AccessDecision } from '../../../../handoff/case-access.ts';
import { ApiError } from '../../../errors.ts';

/** Turns a refused access decision into the API error it stands for. */
export function enforce(decision: AccessDecision): void {
  if (!decision.ok) throw new ApiError(decision.code, decision.message);
}

/** The complaint with this code, or 404 `not_found`. */
export async function requireComplaint(db: DbOrTx, code: string): Promise<ComplaintRecord> {
  const complaint = await findComplaint(db, code.trim().toUpperCase());
  if (!complaint)
    throw new ApiError('not_found', `没有编号为 ${code.slice(0, 40)} 的投诉 / no complaint with this code`);
  return complaint;
}
