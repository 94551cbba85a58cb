import { type Db, schema } from '@itc/db';
import { partnerOrganizationTypes } from '@itc/shared';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { toPage } from '../lib/cursor';
import { afterCursor } from '../lib/keyset';
import { toOrganizationSummary } from '../organizations/organization.mapper';

/** The verified IHKs and Jobcenters an employer can choose from, by name. */
export function listPartnerOrganizations(options: { db: Db; limit: number; cursor?: string }) {
  const { db, limit, cursor } = options;
  const { organizations } = schema;
  const rows = db
    .select()
    .from(organizations)
    .where(
      and(
        inArray(organizations.type, partnerOrganizationTypes),
        eq(organizations.verificationStatus, 'verified'),
        afterCursor(cursor, [organizations.name, organizations.id], 'asc'),
      ),
    )
    .orderBy(asc(organizations.name), asc(organizations.id))
    .limit(limit + 1)
    .all();
  const page = toPage(rows, limit, (row) => [row.name, row.id]);
  return { items: page.items.map(toOrganizationSummary), nextCursor: page.nextCursor };
}
