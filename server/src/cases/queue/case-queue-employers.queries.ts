import { type Db, schema } from '@itc/db';
import type { CaseEmployer } from '@itc/shared';
import { asc, eq, exists, sql } from 'drizzle-orm';

const { cases, organizations } = schema;

/** `GET /cases/employers`: every employer with at least one case, by name (the queue's filter). */
export function listCaseEmployers(db: Pick<Db, 'select'>): CaseEmployer[] {
  const hasCases = db
    .select({ one: sql`1` })
    .from(cases)
    .where(eq(cases.organizationId, organizations.id));
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(exists(hasCases))
    .orderBy(asc(organizations.name), asc(organizations.id))
    .all();
}
