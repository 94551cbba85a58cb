import type { schema } from '@itc/db';
import type { Mandate } from '@itc/shared';
import { toOrganizationSummary } from '../organizations/organization.mapper';

type OrganizationRow = typeof schema.organizations.$inferSelect;

export function toMandate(row: {
  mandate: typeof schema.mandates.$inferSelect;
  employer: OrganizationRow;
  partner: OrganizationRow;
  grantedByName: string;
}): Mandate {
  return {
    id: row.mandate.id,
    employer: toOrganizationSummary(row.employer),
    partner: toOrganizationSummary(row.partner),
    grantedByName: row.grantedByName,
    grantedAt: row.mandate.grantedAt,
    revokedAt: row.mandate.revokedAt,
  };
}
