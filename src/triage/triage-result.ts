import { z } from 'zod';
import { categorySchema, remedySchema, severitySchema } from '../complaint/taxonomy.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** The SPEC §1 fields that can be read from what a customer wrote; absent when not said. */
export const complaintFieldsSchema = z.object({
  description: z.string().optional(),
  product: z.string().optional(),
  orderNumber: z.string().optional(),
  occurredOn: isoDate.optional(),
  remedyRequested: z.array(remedySchema).optional(),
  customerName: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  /** a WeChat ID (微信号) the customer gives as a way to reach them: a contact like phone and e-mail */
  wechat: z.string().optional(),
  amount: z.number().nonnegative().optional(),
});
export type ComplaintFields = z.infer<typeof complaintFieldsSchema>;
export type FieldName = keyof ComplaintFields;

/** Personal fields a customer can decline to give (保密: recorded as declined, never asked again). */
export const declinableFields = ['customerName', 'phone', 'email', 'orderNumber'] as const;
export const declinableFieldSchema = z.enum(declinableFields);
export type DeclinableField = z.infer<typeof declinableFieldSchema>;

/** What field extraction reads from one message, beyond the fields themselves. */
export const extractionSchema = z.object({
  fields: complaintFieldsSchema,
  /** fields the customer refused to give in this message ("电话先不给了") */
  declined: z.array(declinableFieldSchema),
  /** the customer says they do not know the order number ("订单号不知道") */
  orderNumberUnknown: z.boolean(),
});
export type Extraction = z.infer<typeof extractionSchema>;

/** SPEC §4 初步评估. */
export const assessmentSchema = z.object({
  severity: severitySchema,
  safety: z.boolean(),
  immediateAction: z.boolean(),
  spilloverRisk: z.boolean(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** One triage: the SPEC §7 output line. */
export const triageResultSchema = z.object({
  category: categorySchema,
  /** top three, best first */
  categories: z.array(categorySchema).length(3),
  ...assessmentSchema.shape,
  fields: complaintFieldsSchema,
});
export type TriageResult = z.infer<typeof triageResultSchema>;
