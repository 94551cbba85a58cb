import type { schema } from '@itc/db';
import type { User } from '@itc/shared';
import { toOrganizationSummary } from '../organizations/organization.mapper';

type UserRow = typeof schema.users.$inferSelect;
type OrganizationRow = typeof schema.organizations.$inferSelect;

export function toUser(row: { user: UserRow; organization: OrganizationRow }): User {
  const { user, organization } = row;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    active: user.active,
    invitationPending: user.passwordHash === null,
    secondFactorEnabled: user.totpEnabledAt !== null,
    organization: toOrganizationSummary(organization),
    createdAt: user.createdAt,
  };
}
