import type { Role } from '../auth/roles';

/** Staff of the IHK, the Jobcenter and the city organise events for their organisation. */
export const eventOrganizerRoles = [
  'ihk_advisor',
  'jobcenter_advisor',
  'city_reviewer',
  'city_admin',
] as const satisfies readonly Role[];

export function isEventOrganizerRole(role: Role): boolean {
  return (eventOrganizerRoles as readonly Role[]).includes(role);
}
