import type { ComplaintRecord } from '../complaint/complaint-record.ts';
import type { ComplaintView } from './events.ts';

/** The dialogue's view of a complaint. */
export function toView(c: ComplaintRecord): ComplaintView {
  const date = (iso: string | null) => (iso ? new Date(iso) : null);
  return {
    code: c.code,
    status: c.status,
    queue: c.queue,
    severity: c.severity,
    spilloverRisk: c.spilloverRisk,
    firstContactDueAt: date(c.firstContactDueAt),
    resolutionDueAt: date(c.resolutionDueAt),
    assigned: c.assignee !== null,
  };
}
