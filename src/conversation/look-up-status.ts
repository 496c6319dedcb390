import type { Db } from '../db/client.ts';
import { findComplaint } from '../db/complaints.ts';
import { toView } from './complaint-view.ts';
import type { ComplaintView, ConversationEvent, Effect } from './events.ts';

/** How many open complaints a "查进度" without a code lists. */
const maxListed = 3;

/**
 * 投诉跟踪 for the customer. Without a code: their own open complaints (or the latest closed one). With a code: shown
 * if it is theirs, or if the phone they gave is the one it was filed with (a returning customer in a new web session);
 * otherwise the phone is asked for, never the status shown (保密: codes are sequential, so guessable).
 */
export async function lookUpStatus(
  db: Db,
  customerId: string,
  effect: Extract<Effect, { type: 'lookupStatus' }>,
): Promise<ConversationEvent> {
  if (!effect.code) {
    const open = await db.complaint.findMany({
      where: { customerId, status: { not: 'closed' } },
      orderBy: { receivedAt: 'desc' },
      take: maxListed,
      select: { code: true },
    });
    const latest = open.length
      ? open
      : await db.complaint.findMany({
          where: { customerId },
          orderBy: { receivedAt: 'desc' },
          take: 1,
          select: { code: true },
        });
    const complaints = await viewsOf(
      db,
      latest.map((c) => c.code),
    );
    return complaints.length
      ? { type: 'status_found', complaints, adopted: null }
      : { type: 'status_unavailable', queried: null, reason: 'none' };
  }
  const complaint = await findComplaint(db, effect.code);
  if (!complaint) return { type: 'status_unavailable', queried: effect.code, reason: 'not_found' };
  const owned = (await db.complaint.count({ where: { code: effect.code, customerId } })) > 0;
  if (owned) return { type: 'status_found', complaints: [toView(complaint)], adopted: null };
  if (effect.phone && complaint.fields.phone === effect.phone) {
    const { attachments: _attachments, ...fields } = complaint.fields;
    return { type: 'status_found', complaints: [toView(complaint)], adopted: fields };
  }
  return { type: 'status_unavailable', queried: effect.code, reason: effect.phone ? 'phone_mismatch' : 'needs_phone' };
}

async function viewsOf(db: Db, codes: string[]): Promise<ComplaintView[]> {
  const views: ComplaintView[] = [];
  for (const code of codes) {
    const c = await findComplaint(db, code);
    if (c) views.push(toView(c));
  }
  return views;
}
