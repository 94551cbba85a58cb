import type { schema } from '@itc/db';
import type { Organization, OrganizationSummary } from '@itc/shared';

type OrganizationRow = typeof schema.organizations.$inferSelect;

export function toOrganizationSummary(row: OrganizationRow): OrganizationSummary {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    verificationStatus: row.verificationStatus,
  };
}

export function toOrganization(row: OrganizationRow): Organization {
  return {
    ...toOrganizationSummary(row),
    address:
      row.street && row.postalCode && row.city
        ? { street: row.street, postalCode: row.postalCode, city: row.city }
        : null,
    handelsregisterNumber: row.handelsregisterNumber,
    betriebsnummer: row.betriebsnummer,
    rejectionReason: row.rejectionReason,
    createdAt: row.createdAt,
  };
}
