import { z } from 'zod';
import { roleSchema } from '../../../../accounts/roles.ts';
import { complaintRecordSchema } from '../../../../complaint/complaint-record.ts';
import { caseMessageSchema, proposalRecordSchema, timelineEntrySchema } from '../../../../handoff/case-file.ts';

/** `{code}` in a path: the complaint's 唯一标识代码. */
export const codeParams = z.object({
  code: z.string().describe('唯一标识代码 (complaint code), e.g. TS-20261128-0007'),
});

/** An agent account as the API shows it: never its token. */
export const agentSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  active: z.boolean(),
  createdAt: z.iso.datetime(),
});

/** An agent account with a freshly issued token: the only time the token is shown. */
export const issuedAgentSchema = agentSchema.extend({
  token: z.string().describe('bearer token; shown once and stored only as a sha256 hash'),
});

/** GET /complaints/{code}: the record plus its case file and the handoff summary. */
export const complaintDetailSchema = complaintRecordSchema.extend({
  timeline: z.array(timelineEntrySchema).describe('附件C 跟踪投诉, oldest first'),
  messages: z.array(caseMessageSchema).describe('the conversation, private notes included, oldest first'),
  proposals: z.array(proposalRecordSchema),
  summary: z.string().describe('交接摘要: a few Chinese lines for the agent taking over'),
});

/** A proposal with the complaint it moved. */
export const proposalResultSchema = z.object({ proposal: proposalRecordSchema, complaint: complaintRecordSchema });

/** Schemas the OpenAPI document names as components. */
export const adminComponents = {
  Complaint: complaintRecordSchema,
  ComplaintDetail: complaintDetailSchema,
  TimelineEntry: timelineEntrySchema,
  CaseMessage: caseMessageSchema,
  Proposal: proposalRecordSchema,
  ProposalResult: proposalResultSchema,
  Agent: agentSchema,
  IssuedAgent: issuedAgentSchema,
};

/** A text an agent writes: trimmed, not blank. */
export function agentText(max: number) {
  return z
    .string({ error: '必须是字符串 / must be a string' })
    .trim()
    .min(1, { error: '不能为空 / must not be blank' })
    .max(max, { error: `不能超过 ${max} 字 / at most ${max} characters` });
}

/** A query parameter that may be sent empty (`?status=`), which means "no filter". */
export function blankable<T extends z.ZodType<string>>(schema: T) {
  return z
    .union([schema, z.literal('')])
    .optional()
    .transform((value) => (value === '' || value === undefined ? undefined : (value as z.output<T>)));
}
