import { z } from 'zod';
import type { Outcome } from '../complaint/taxonomy.ts';
import noticesJson from './customer-notices.zh.json' with { type: 'json' };

const notices = z
  .object({
    proposal: z.string(),
    proposal_amount: z.string(),
    closed_accepted: z.string(),
    closed_unresolved: z.string(),
    closed_withdrawn: z.string(),
    survey_invite: z.string(),
  })
  .parse(noticesJson);

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** 方案沟通: how an agent's proposal reads to the customer. */
export function proposalNotice(code: string, text: string, amount: number | undefined): string {
  const amountNote = amount === undefined ? '' : fill(notices.proposal_amount, { amount });
  return fill(notices.proposal, { code, text, amountNote });
}

/** 投诉终止: the closing message; `unresolved` lists the external routes of guide 七. */
export function closingNotice(code: string, outcome: Outcome): string {
  return fill(notices[`closed_${outcome}`], { code });
}

/** 满意度调查: the invitation the bot reads the 1-5 answer to. */
export function surveyInvitation(): string {
  return notices.survey_invite;
}
