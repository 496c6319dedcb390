import { z } from 'zod';

/** 附件C §3 问题类别: the 35 complaint categories, in the form's order (SPEC §2). */
export const categories = [
  '未收到产品',
  '未提供/部分未提供服务',
  '延期交付产品',
  '延期提供服务',
  '有缺陷的产品',
  '不良服务',
  '产品与订单不一致',
  '非订购产品',
  '受损',
  '拒绝兑现担保',
  '拒绝销售',
  '拒绝提供服务',
  '商业惯例/销售方式',
  '错误信息',
  '信息不全',
  '支付安排',
  '价格',
  '涨价',
  '额外费用',
  '不合理费用/账单',
  '合同条款',
  '合同范围',
  '损失评估',
  '拒绝赔偿',
  '赔偿不足',
  '变更合同',
  '合同执行不当',
  '解除合同',
  '取消服务',
  '偿付贷款',
  '利息要求',
  '未兑现承诺',
  '发票错误',
  '投诉处理非正常延期',
  '其他问题',
] as const;
export const categorySchema = z.enum(categories);
export type Category = z.infer<typeof categorySchema>;

/** 附件C §5 拟采取的措施 (36-53): remedy names used in requests and proposals (SPEC §3). */
export const remedies = [
  '交付产品',
  '返修/返工产品',
  '更换产品',
  '退货',
  '执行担保',
  '兑现承诺',
  '达成协议',
  '解除合同',
  '作废发票',
  '提供信息',
  '修正损失评估',
  '支付补偿',
  '退还预订金',
  '退还其他已产生费用',
  '价格折扣',
  '支付手段',
  '道歉',
  '其他措施',
] as const;
export const remedySchema = z.enum(remedies);
export type Remedy = z.infer<typeof remedySchema>;

export const severities = ['low', 'medium', 'high', 'critical'] as const;
export const severitySchema = z.enum(severities);
export type Severity = z.infer<typeof severitySchema>;

/** §5 lifecycle: 受理 → 受理告知 → 初步评估 → 投诉调查 → 方案沟通 → 投诉终止. */
export const statuses = ['received', 'acknowledged', 'assessed', 'investigating', 'proposed', 'closed'] as const;
export const statusSchema = z.enum(statuses);
export type Status = z.infer<typeof statusSchema>;

export const outcomes = ['accepted', 'unresolved', 'withdrawn'] as const;
export const outcomeSchema = z.enum(outcomes);
export type Outcome = z.infer<typeof outcomeSchema>;

export const queues = ['frontline', 'specialist'] as const;
export const queueSchema = z.enum(queues);
export type Queue = z.infer<typeof queueSchema>;
