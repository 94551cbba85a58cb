import { type Db, schema } from '@itc/db';
import type { Mandate, OrganizationSummary } from '@itc/shared';
import { and, asc, desc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { AuthContext } from '../app-env';
import { toPage } from '../lib/cursor';
import { afterCursor } from '../lib/keyset';
import { toOrganizationSummary } from '../organizations/organization.mapper';
import { toMandate } from './mandate.mapper';

const employer = alias(schema.organizations, 'employer');
const partner = alias(schema.organizations, 'partner');

function selectMandates(db: Pick<Db, 'select'>) {
  return db
    .select({ mandate: schema.mandates, employer, partner, grantedByName: schema.users.name })
    .from(schema.mandates)
    .innerJoin(employer, eq(employer.id, schema.mandates.employerOrganizationId))
    .innerJoin(partner, eq(partner.id, schema.mandates.partnerOrganizationId))
    .innerJoin(schema.users, eq(schema.users.id, schema.mandates.grantedBy));
}

/** Employers see the mandates they granted, partners those granted to them, the city all. */
function mandatesVisibleTo(auth: AuthContext): SQL | undefined {
  const type = auth.organization.type;
  switch (type) {
    case 'employer':
      return eq(schema.mandates.employerOrganizationId, auth.organization.id);
    case 'ihk':
    case 'jobcenter':
      return eq(schema.mandates.partnerOrganizationId, auth.organization.id);
    case 'city':
      return undefined;
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

/** Newest first, revoked ones included unless filtered: the history shows who had access. */
export function listMandates(options: {
  db: Db;
  auth: AuthContext;
  status?: 'active' | 'revoked';
  limit: number;
  cursor?: string;
}) {
  const { db, auth, status, limit, cursor } = options;
  const revokedAt = schema.mandates.revokedAt;
  const conditions: (SQL | undefined)[] = [
    mandatesVisibleTo(auth),
    status === 'active' ? isNull(revokedAt) : undefined,
    status === 'revoked' ? isNotNull(revokedAt) : undefined,
    afterCursor(cursor, [schema.mandates.grantedAt, schema.mandates.id], 'desc'),
  ];
  const rows = selectMandates(db)
    .where(and(...conditions))
    .orderBy(desc(schema.mandates.grantedAt), desc(schema.mandates.id))
    .limit(limit + 1)
    .all();
  const page = toPage(rows, limit, (row) => [row.mandate.grantedAt, row.mandate.id]);
  return { items: page.items.map(toMandate), nextCursor: page.nextCursor };
}

export function findMandate(db: Pick<Db, 'select'>, id: string): Mandate | null {
  const row = selectMandates(db).where(eq(schema.mandates.id, id)).get();
  return row ? toMandate(row) : null;
}

/** The employer's mandates that are not revoked: what lets a partner act for it. */
export function activeMandatesOf(employerOrganizationId: string): SQL {
  return and(
    eq(schema.mandates.employerOrganizationId, employerOrganizationId),
    isNull(schema.mandates.revokedAt),
  )!;
}

/** Whether the partner holds an active mandate of the employer. */
export function holdsActiveMandate(
  db: Pick<Db, 'select'>,
  employerOrganizationId: string,
  partnerOrganizationId: string,
): boolean {
  const mandate = db
    .select({ id: schema.mandates.id })
    .from(schema.mandates)
    .where(
      and(
        activeMandatesOf(employerOrganizationId),
        eq(schema.mandates.partnerOrganizationId, partnerOrganizationId),
      ),
    )
    .get();
  return mandate !== undefined;
}

/** The partners holding the employer's active mandate, by name. */
export function listMandatedPartners(
  db: Pick<Db, 'select'>,
  employerOrganizationId: string,
): OrganizationSummary[] {
  return db
    .select({ partner: schema.organizations })
    .from(schema.mandates)
    .innerJoin(
      schema.organizations,
      eq(schema.organizations.id, schema.mandates.partnerOrganizationId),
    )
    .where(activeMandatesOf(employerOrganizationId))
    .orderBy(asc(schema.organizations.name))
    .all()
    .map(({ partner }) => toOrganizationSummary(partner));
}
