import { type Db, schema } from '@itc/db';
import type {
  EmployerRegistrationListQuery,
  EmployerRegistrationReview,
  ListResponse,
  Registrant,
} from '@itc/shared';
import { asc, inArray } from 'drizzle-orm';
import { listOrganizations } from '../admin/admin-organizations.service';

/**
 * The first user of each organisation: registration creates the company and this user
 * together, colleagues are invited later.
 */
function findRegistrants(db: Db, organizationIds: string[]): Map<string, Registrant> {
  const registrants = new Map<string, Registrant>();
  if (organizationIds.length === 0) return registrants;
  const users = db
    .select({
      organizationId: schema.users.organizationId,
      name: schema.users.name,
      email: schema.users.email,
      locale: schema.users.locale,
    })
    .from(schema.users)
    .where(inArray(schema.users.organizationId, organizationIds))
    .orderBy(asc(schema.users.createdAt), asc(schema.users.id))
    .all();
  for (const { organizationId, ...registrant } of users) {
    if (!registrants.has(organizationId)) registrants.set(organizationId, registrant);
  }
  return registrants;
}

/** Registered employers, oldest first (the order they are checked in), with who registered. */
export function listEmployerRegistrations(
  options: { db: Db } & EmployerRegistrationListQuery,
): ListResponse<EmployerRegistrationReview> {
  const page = listOrganizations({ ...options, type: 'employer' });
  const registrants = findRegistrants(
    options.db,
    page.items.map((organization) => organization.id),
  );
  return {
    items: page.items.map((organization) => ({
      ...organization,
      registrant: registrants.get(organization.id) ?? null,
    })),
    nextCursor: page.nextCursor,
  };
}
