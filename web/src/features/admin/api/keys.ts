import type { AuditLogQuery, OrganizationType, VerificationStatus } from '@itc/shared';

export type OrganizationFilters = {
  type?: OrganizationType;
  verificationStatus?: VerificationStatus;
};

export type EmployerRegistrationFilters = { verificationStatus?: VerificationStatus };

export type UserFilters = { organizationId?: string };

/** The audit log's filters: by person, by case reference and by period. */
export type AuditLogFilters = Partial<
  Pick<AuditLogQuery, 'actorUserId' | 'caseReference' | 'from' | 'to'>
>;

export const adminKeys = {
  all: ['admin'] as const,
  organizations: () => [...adminKeys.all, 'organizations'] as const,
  organizationLists: () => [...adminKeys.organizations(), 'list'] as const,
  organizationList: (filters: OrganizationFilters) =>
    [...adminKeys.organizationLists(), filters] as const,
  /** Among the organisation lists, so that a decision updates its row in place as well. */
  employerRegistrationList: (filters: EmployerRegistrationFilters) =>
    [...adminKeys.organizationLists(), 'employer-registrations', filters] as const,
  organizationOptions: () => [...adminKeys.organizations(), 'options'] as const,
  pendingEmployerCount: () => [...adminKeys.organizations(), 'pending-count'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
  userLists: () => [...adminKeys.users(), 'list'] as const,
  userList: (filters: UserFilters) => [...adminKeys.userLists(), filters] as const,
  userOptions: () => [...adminKeys.users(), 'options'] as const,
  outbox: () => [...adminKeys.all, 'outbox'] as const,
  auditLog: () => [...adminKeys.all, 'audit-log'] as const,
  auditLogList: (filters: AuditLogFilters) => [...adminKeys.auditLog(), filters] as const,
};
