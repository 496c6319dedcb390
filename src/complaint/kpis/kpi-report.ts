import { z } from 'zod';
import { categorySchema } from '../taxonomy.ts';

/**
 * 表：顾客投诉处理效果评价指标（参考）, guide 五(三): the 13 indicators in the table's order, named as the table
 * words them (二级指标), with the 一级指标 they belong to.
 */
export const kpiIndicators = [
  { no: 1, id: 'complaint_unit', group: '基础配置情况', name: '是否设置顾客投诉处理机构' },
  { no: 2, id: 'management_representative', group: '基础配置情况', name: '是否任命顾客投诉管理者代表' },
  { no: 3, id: 'complaint_staff', group: '基础配置情况', name: '是否配置顾客投诉人员（含主管、专员、一线人员）' },
  { no: 4, id: 'after_sales_policy', group: '基础配置情况', name: '是否建立售后服务管理制度、顾客投诉处理管理机制' },
  {
    no: 5,
    id: 'platform_12315_complaints_change',
    group: '顾客投诉外溢情况',
    name: '在一定统计周期内12315平台投诉数量变化情况',
  },
  {
    no: 6,
    id: 'minyi_complaints_change',
    group: '顾客投诉外溢情况',
    name: '在一定统计周期内市民意速办平台投诉数量变化情况',
  },
  {
    no: 7,
    id: 'odr_settlement_rate_change',
    group: '顾客投诉外溢处理情况',
    name: '在一定统计周期内12315平台ODR单位和解率变化情况',
  },
  { no: 8, id: 'odr_ontime_rate', group: '顾客投诉外溢处理情况', name: '在一定统计周期内12315平台ODR单位按时办结率' },
  {
    no: 9,
    id: 'odr_consumer_score_change',
    group: '顾客投诉外溢处理情况',
    name: '在一定统计周期内12315平台ODR单位的消费者评分变化情况',
  },
  { no: 10, id: 'complaint_rate', group: '顾客投诉组织内部处理绩效', name: '在一定统计周期内组织内部顾客投诉率' },
  {
    no: 11,
    id: 'handling_timeliness_rate',
    group: '顾客投诉组织内部处理绩效',
    name: '在一定统计周期内组织内部顾客投诉处理及时率',
  },
  {
    no: 12,
    id: 'handling_satisfaction_rate',
    group: '顾客投诉组织内部处理绩效',
    name: '在一定统计周期内组织内部顾客投诉处理满意率',
  },
  { no: 13, id: 'settlement_rate', group: '顾客投诉组织内部处理绩效', name: '在一定统计周期内组织内部顾客投诉和解率' },
] as const;

export type KpiId = (typeof kpiIndicators)[number]['id'] | 'csi';

/** The 顾客满意指数 of guide 九, reported after the 13. */
export const csiIndicator = { id: 'csi', group: '顾客满意的测量', name: '顾客满意指数（CSI）' } as const;

/** One indicator: a number (rates 0..1), a yes/no, or null when there is nothing to compute it from. */
export const kpiItemSchema = z.object({
  id: z.string().describe('stable id, e.g. complaint_rate'),
  no: z.number().int().nullable().describe('序号 in the guide table; null for the extra CSI item'),
  group: z.string().describe('一级指标'),
  name: z.string().describe('二级指标, as the guide words it'),
  value: z.union([z.number(), z.boolean(), z.null()]),
  basis: z.string().describe('how it was computed and from what (counts), in Chinese'),
});
export type KpiItem = z.infer<typeof kpiItemSchema>;

const share = z.number().nullable().describe('0..1; null when nothing to divide by');
const categoryCountSchema = z.object({
  category: categorySchema,
  count: z.number().int(),
  share: z.number(),
  previous: z.number().int().describe('count in the previous period of the same length'),
});

/** 八(二) 分析顾客投诉数据: the breakdowns behind the indicators, for the managers' review. */
export const kpiAnalysisSchema = z.object({
  complaints: z.number().int().describe('complaints received in the period'),
  previousComplaints: z.number().int().describe('complaints received in the previous period'),
  byCategory: z.array(categoryCountSchema).describe('by 问题类别, most frequent first'),
  topCategories: z.array(categoryCountSchema).describe('the three most frequent categories'),
  repeat: z
    .object({ count: z.number().int(), share })
    .describe('重复投诉: complaints from someone who complained before'),
  spilloverRisk: z.object({ count: z.number().int(), share }).describe('complaints with a 外溢 risk'),
  bySeverity: z.object({ low: z.number(), medium: z.number(), high: z.number(), critical: z.number() }),
  closed: z.object({
    count: z.number().int(),
    accepted: z.number().int(),
    unresolved: z.number().int(),
    withdrawn: z.number().int(),
    meanHoursToClose: z.number().nullable(),
  }),
  firstContact: z.object({
    due: z.number().int().describe('complaints received in the period whose first-contact deadline has come'),
    onTime: z.number().int(),
    meanHoursToContact: z.number().nullable(),
  }),
  satisfaction: z.object({
    surveys: z.number().int(),
    meanScore: z.number().nullable(),
    timeliness: z.number().nullable().describe('投诉处理及时性, mean 1..5'),
    effectiveness: z.number().nullable().describe('问题解决有效性'),
    attitude: z.number().nullable().describe('沟通态度与方式'),
    compensation: z.number().nullable().describe('补偿与回馈满意度'),
  }),
  amountAgreed: z.number().describe('money agreed with customers on complaints closed in the period, yuan (成本费用)'),
});
export type KpiAnalysis = z.infer<typeof kpiAnalysisSchema>;

/** GET /api/admin/kpis: the period, the 13 indicators then the CSI, and the analysis. */
export const kpiReportSchema = z.object({
  from: z.string().describe('first day of the period, YYYY-MM-DD (business time zone)'),
  to: z.string().describe('last day of the period, included'),
  previous: z.object({ from: z.string(), to: z.string() }).describe('the period compared with'),
  items: z.array(kpiItemSchema).describe('the 13 indicators of guide 五(三) in order, then csi'),
  analysis: kpiAnalysisSchema,
});
export type KpiReport = z.infer<typeof kpiReportSchema>;
