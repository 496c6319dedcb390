import { hasAuthority, type Role } from '../accounts/roles.ts';
import type { ComplaintRecord } from '../complaint/complaint-record.ts';
import type { Queue } from '../complaint/taxonomy.ts';
import { escalationLabels, readEscalationLevel, roleForLevel } from './escalation.ts';
import { roleLabels } from './role-labels.ts';

/** The agent acting. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
}

/** An access rule's answer: allowed, or why not as an API error code and a message for the agent. */
export type AccessDecision = { ok: true } | { ok: false; code: 'forbidden' | 'conflict'; message: string };

type CaseView = Pick<ComplaintRecord, 'status' | 'assignee' | 'escalationLevel' | 'queue'>;

const allowed: AccessDecision = { ok: true };
const closed: AccessDecision = { ok: false, code: 'conflict', message: '投诉已结束 / the complaint is closed' };

/** The lowest role that may take the complaint: its escalation level, and a specialist for the specialist queue. */
export function roleToClaim(complaint: Pick<CaseView, 'escalationLevel' | 'queue'>): Role {
  const byLevel = roleForLevel(readEscalationLevel(complaint.escalationLevel));
  return complaint.queue === 'specialist' && byLevel === 'frontline' ? 'specialist' : byLevel;
}

/**
 * 认领: an open, unassigned complaint, by an agent whose role reaches its level (一线 takes the frontline queue,
 * 专员 both queues, a complaint escalated to 主管 needs a supervisor). Already assigned, even to the caller, is a
 * conflict: one complaint, one owner.
 */
export function checkClaim(agent: Actor, complaint: CaseView): AccessDecision {
  if (complaint.status === 'closed') return closed;
  if (complaint.assignee) {
    return {
      ok: false,
      code: 'conflict',
      message:
        complaint.assignee.id === agent.id
          ? '您已认领该投诉 / you already own this complaint'
          : `该投诉已由${complaint.assignee.name}认领 / already claimed by another agent`,
    };
  }
  const needed = roleToClaim(complaint);
  if (hasAuthority(agent.role, needed)) return allowed;
  const level = escalationLabels[readEscalationLevel(complaint.escalationLevel)];
  return {
    ok: false,
    code: 'forbidden',
    message: `该投诉需由${roleLabels[needed]}及以上处理（当前层级：${level}）/ needs role ${needed} or higher to claim`,
  };
}

/**
 * Who may act on an open complaint (reply, transfer, propose, close, release): its assignee, or a supervisor or
 * admin stepping in. Someone else's complaint is forbidden; an unassigned one must be claimed first.
 */
export function checkCaseAction(agent: Actor, complaint: CaseView): AccessDecision {
  if (complaint.status === 'closed') return closed;
  if (complaint.assignee?.id === agent.id || hasAuthority(agent.role, 'supervisor')) return allowed;
  if (complaint.assignee) {
    return {
      ok: false,
      code: 'forbidden',
      message: `该投诉由${complaint.assignee.name}处理中，只有处理人或主管可以操作 / only the assignee or a supervisor may act on it`,
    };
  }
  return { ok: false, code: 'conflict', message: '请先认领该投诉 / claim the complaint first' };
}

/** Which waiting queues an agent may look at: 一线 their own, 专员 and above both. */
export function checkQueueAccess(agent: Actor, queue: Queue): AccessDecision {
  if (queue === 'frontline' || hasAuthority(agent.role, 'specialist')) return allowed;
  return {
    ok: false,
    code: 'forbidden',
    message: '一线客服只能查看一线队列 / frontline agents see the frontline queue only',
  };
}
