import { z } from 'zod';

/** Agent roles, lowest authority first: 一线, 专员, 主管, and the admin who runs the desk. */
export const roles = ['frontline', 'specialist', 'supervisor', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** True when `role` carries at least the authority of `required`. */
export function hasAuthority(role: Role, required: Role): boolean {
  return roles.indexOf(role) >= roles.indexOf(required);
}
