import { type Db, schema } from '@itc/db';
import { type CaseEvent, caseEventDetailsSchema } from '@itc/shared';
import { asc, eq, sql } from 'drizzle-orm';
import { preparedPerDb } from '../../lib/prepared-query';

const { caseEvents, organizations, users } = schema;

// Stored by the server itself; parsing drops anything a later schema no longer knows. Built once:
// `.catch()` makes a new schema, which cost more than the parse itself.
const storedDetails = caseEventDetailsSchema.catch(() => ({}));

const selectEvents = preparedPerDb((db) =>
  db
    .select({
      event: caseEvents,
      actorName: users.name,
      organizationName: organizations.name,
      organizationType: organizations.type,
    })
    .from(caseEvents)
    .innerJoin(users, eq(users.id, caseEvents.actorUserId))
    .innerJoin(organizations, eq(organizations.id, caseEvents.actingOrganizationId))
    .where(eq(caseEvents.caseId, sql.placeholder('caseId')))
    .orderBy(asc(caseEvents.id))
    .prepare(),
);

/** The case's events, oldest first, with who acted and for which side. */
export function listCaseEvents(db: Pick<Db, 'select'>, caseId: string): CaseEvent[] {
  const rows = selectEvents(db).all({ caseId });
  return rows.map(({ event, actorName, organizationName, organizationType }) => ({
    id: event.id,
    kind: event.kind,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    note: event.note,
    details: storedDetails.parse(event.data ?? {}),
    actor: {
      name: actorName,
      organizationName,
      side: organizationType === 'city' ? 'city' : 'employer_side',
    },
    createdAt: event.createdAt,
  }));
}
