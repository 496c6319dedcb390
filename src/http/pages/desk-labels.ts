import type { Severity } from '../../complaint/taxonomy.ts';
import type { FieldName } from '../../triage/triage-result.ts';

/** Chinese names of the severities (初步评估), for badges in the console. */
export const severityLabels: Record<Severity, string> = { low: '低', medium: '中', high: '高', critical: '紧急' };

/** 附件C field names as the console's record shows them. */
export const fieldLabels: Record<FieldName, string> = {
  description: '问题描述',
  product: '产品/服务',
  orderNumber: '订单号',
  occurredOn: '发生日期',
  remedyRequested: '顾客诉求',
  customerName: '姓名/组织',
  phone: '电话',
  email: '邮箱',
  wechat: '微信',
  amount: '涉及金额（元）',
};

/** 附件C 跟踪投诉: the timeline's event types; an unknown type is shown as it is stored. */
export const timelineLabels: Record<string, string> = {
  received: '受理',
  acknowledged: '受理告知',
  assessed: '初步评估',
  reassessed: '重新评估',
  handed_off: '转人工',
  claimed: '认领',
  transferred: '转交',
  escalated: '升级',
  released: '交回机器人',
  investigating: '投诉调查',
  proposed: '提出方案',
  proposal_accepted: '顾客接受方案',
  proposal_refused: '顾客拒绝方案',
  customer_added_details: '顾客补充信息',
  closed: '投诉终止',
};

/** Who wrote a message, as the agent reads the transcript. */
export const authorLabels = { customer: '顾客', bot: '智能客服', agent: '客服', system: '系统' } as const;
