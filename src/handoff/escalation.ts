import { z } from 'zod';
import type { Role } from '../accounts/roles.ts';
import type { Queue } from '../complaint/taxonomy.ts';

/** 附件D 投诉递进: who is expected to handle the complaint, lowest first. Stored in Complaint.escalationLevel. */
export const escalationLevels = ['bot', 'frontline', 'specialist', 'supervisor'] as const;
export const escalationLevelSchema = z.enum(escalationLevels);
export type EscalationLevel = z.infer<typeof escalationLevelSchema>;

/** Where an agent can send a complaint: the two queues, or up to a supervisor (主管). */
export const transferTargets = ['frontline', 'specialist', 'supervisor'] as const;
export const transferTargetSchema = z.enum(transferTargets);
export type TransferTarget = z.infer<typeof transferTargetSchema>;

/**
 * Where a transfer puts the complaint. There is no supervisor queue: a complaint escalated to a supervisor waits in
 * the specialist queue with escalationLevel "supervisor", and only a supervisor (or admin) may claim it.
 */
export function placementOf(target: TransferTarget): { queue: Queue; escalationLevel: EscalationLevel } {
  return target === 'supervisor'
    ? { queue: 'specialist', escalationLevel: 'supervisor' }
    : { queue: target, escalationLevel: target };
}

/** The escalation level stored on a complaint; anything unknown reads as the bot's. */
export function readEscalationLevel(value: string): EscalationLevel {
  return escalationLevelSchema.safeParse(value).data ?? 'bot';
}

/** True when moving from `from` to `to` goes up the 附件D path rather than sideways or down. */
export function isEscalation(from: EscalationLevel, to: EscalationLevel): boolean {
  return escalationLevels.indexOf(to) > escalationLevels.indexOf(from);
}

/** The lowest role that may take a complaint at this level (the bot's and frontline's: any agent). */
export function roleForLevel(level: EscalationLevel): Role {
  return level === 'bot' ? 'frontline' : level;
}

/** Chinese names of the levels, for timeline notes and the handoff summary. */
export const escalationLabels: Record<EscalationLevel, string> = {
  bot: '智能客服',
  frontline: '一线客服',
  specialist: '投诉专员',
  supervisor: '投诉主管',
};
