import type { CurrentUser, Role } from '@itc/shared';

/** Who prepares hires and pre-checks: an employer's HR users and its mandated partners. */
export const actingRoles = [
  'employer_hr',
  'ihk_advisor',
  'jobcenter_advisor',
] as const satisfies readonly Role[];

export function isAdvisor(user: CurrentUser): boolean {
  return user.role === 'ihk_advisor' || user.role === 'jobcenter_advisor';
}

export function canActOnHires(user: CurrentUser): boolean {
  return (actingRoles as readonly Role[]).includes(user.role);
}
