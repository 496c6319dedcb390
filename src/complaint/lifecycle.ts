import type { Outcome, Queue, Status } from './taxonomy.ts';

// §5: 受理 → 受理告知 → 初步评估 → 投诉调查 → 方案沟通 → 投诉终止. A refused proposal goes back to investigating
// (guide 六(九): the complaint stays open); an agent may close from any open status.
const allowed: Record<Status, readonly Status[]> = {
  received: ['acknowledged', 'assessed', 'investigating', 'closed'],
  acknowledged: ['assessed', 'investigating', 'proposed', 'closed'],
  assessed: ['investigating', 'proposed', 'closed'],
  investigating: ['proposed', 'closed'],
  proposed: ['investigating', 'proposed', 'closed'],
  closed: [],
};

/** True when the lifecycle allows moving from `from` to `to`. */
export function canTransition(from: Status, to: Status): boolean {
  return allowed[from].includes(to);
}

/** Chinese names of the statuses, as customers and agents read them. */
export const statusLabels: Record<Status, string> = {
  received: '已受理',
  acknowledged: '已告知受理',
  assessed: '已初步评估',
  investigating: '调查处理中',
  proposed: '方案沟通中',
  closed: '已结束',
};

export const outcomeLabels: Record<Outcome, string> = {
  accepted: '已接受解决方案',
  unresolved: '未能内部解决',
  withdrawn: '已撤回',
};

/** Chinese names of the queues (一线, 专员). */
export const queueLabels: Record<Queue, string> = {
  frontline: '一线客服',
  specialist: '投诉专员',
};
