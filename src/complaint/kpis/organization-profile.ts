import { z } from 'zod';

const headcount = z.number().int().min(0).max(100_000);

/**
 * 基础配置情况: what the organisation says about its own set-up (Setting 'organization'). Every field is optional;
 * what is missing is read from the desk itself where it can be (agents, policies) or reported as not entered.
 */
export const organizationProfileSchema = z.object({
  /** 顾客投诉处理机构 */
  hasComplaintUnit: z.boolean().optional(),
  complaintUnitName: z.string().trim().max(100).optional(),
  /** 顾客投诉管理者代表: the person's name or post; null when none is appointed */
  managementRepresentative: z.string().trim().max(100).nullable().optional(),
  /** 顾客投诉人员 (主管、专员、一线) as the organisation counts them, whether or not each has a desk account */
  staff: z.object({ supervisors: headcount, specialists: headcount, frontline: headcount }).optional(),
  /** 售后服务管理制度、顾客投诉处理管理机制 */
  hasAfterSalesPolicy: z.boolean().optional(),
});
export type OrganizationProfile = z.infer<typeof organizationProfileSchema>;
