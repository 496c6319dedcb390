import type { Role } from '../accounts/roles.ts';

/** Chinese names of the agent roles (四(二) 人员职责), for messages agents and customers read. */
export const roleLabels: Record<Role, string> = {
  frontline: '一线客服',
  specialist: '投诉专员',
  supervisor: '投诉主管',
  admin: '管理员',
};
