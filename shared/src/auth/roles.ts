import { z } from 'zod';

export const roles = [
  'employer_hr',
  'ihk_advisor',
  'jobcenter_advisor',
  'city_reviewer',
  'city_admin',
] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const organizationTypes = ['employer', 'ihk', 'jobcenter', 'city'] as const;
export const organizationTypeSchema = z.enum(organizationTypes);
export type OrganizationType = z.infer<typeof organizationTypeSchema>;

/** Which roles a user of each organisation type may hold. */
export const rolesByOrganizationType: Record<OrganizationType, readonly Role[]> = {
  employer: ['employer_hr'],
  ihk: ['ihk_advisor'],
  jobcenter: ['jobcenter_advisor'],
  city: ['city_reviewer', 'city_admin'],
};

export const cityRoles: readonly Role[] = ['city_reviewer', 'city_admin'];

export function isCityRole(role: Role): boolean {
  return cityRoles.includes(role);
}
