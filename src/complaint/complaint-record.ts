import { z } from 'zod';
import { roleSchema } from '../accounts/roles.ts';
import { complaintFieldsSchema } from '../triage/triage-result.ts';
import { categorySchema, outcomeSchema, queueSchema, severitySchema, statusSchema } from './taxonomy.ts';

export const attachmentSchema = z.object({
  kind: z.enum(['image', 'file', 'audio', 'video', 'link']),
  name: z.string(),
  /** where the channel keeps it (a URL or the channel's own file id) */
  ref: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

const isoTime = z.iso.datetime();

/** A complaint as the API shows it (SPEC §6 Complaint): §1 fields, §2 category, §4 assessment, §5 lifecycle. */
export const complaintRecordSchema = z.object({
  code: z.string(),
  channel: z.string(),
  status: statusSchema,
  outcome: outcomeSchema.nullable(),
  queue: queueSchema.nullable(),
  assignee: z.object({ id: z.string(), name: z.string(), role: roleSchema }).nullable(),
  category: categorySchema.nullable(),
  categories: z.array(categorySchema),
  severity: severitySchema.nullable(),
  safety: z.boolean(),
  immediateAction: z.boolean(),
  spilloverRisk: z.boolean(),
  repeat: z.boolean(),
  fields: complaintFieldsSchema.extend({ attachments: z.array(attachmentSchema) }),
  declinedFields: z.array(z.string()),
  priority: z.number().int(),
  escalationLevel: z.string(),
  handoffReason: z.string().nullable(),
  receivedAt: isoTime,
  acknowledgedAt: isoTime.nullable(),
  assessedAt: isoTime.nullable(),
  queuedAt: isoTime.nullable(),
  firstHumanContactAt: isoTime.nullable(),
  closedAt: isoTime.nullable(),
  firstContactDueAt: isoTime.nullable(),
  resolutionDueAt: isoTime.nullable(),
  nextProgressDueAt: isoTime.nullable(),
});
export type ComplaintRecord = z.infer<typeof complaintRecordSchema>;

/** The short form the web chat shows the customer (SPEC §6 Summary). */
export const complaintSummarySchema = complaintRecordSchema
  .pick({ code: true, status: true, category: true, severity: true, queue: true })
  .extend({ fields: complaintFieldsSchema });
export type ComplaintSummary = z.infer<typeof complaintSummarySchema>;

/** The summary of a complaint record. */
export function summarize(record: ComplaintRecord): ComplaintSummary {
  const { attachments: _attachments, ...fields } = record.fields;
  const { code, status, category, severity, queue } = record;
  return { code, status, category, severity, queue, fields };
}
