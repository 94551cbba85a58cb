import { type Db, schema } from '@itc/db';
import { normalizeSearchText, type RegistrationStatus } from '@itc/shared';
import { and, asc, count, eq, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { toPage } from '../../lib/cursor';
import { afterCursor } from '../../lib/keyset';
import type { RegistrationWithNames } from './event-registration.mapper';

const { eventRegistrations: registrations, organizations, users } = schema;
const ahead = alias(registrations, 'ahead');

/** Registrations with the organisation, who registered them and the place on the waiting list. */
function selectRegistrations(db: Pick<Db, 'select'>) {
  const waitingAhead = db
    .select({ n: count() })
    .from(ahead)
    .where(
      and(
        eq(ahead.eventId, registrations.eventId),
        eq(ahead.status, 'waitlisted'),
        lte(ahead.acceptedSeq, registrations.acceptedSeq),
      ),
    );
  return db
    .select({
      registration: registrations,
      organization: organizations,
      registeredByName: users.name,
      waitlistPosition: sql<
        number | null
      >`case when ${registrations.status} = 'waitlisted' then (${waitingAhead}) end`,
    })
    .from(registrations)
    .innerJoin(organizations, eq(organizations.id, registrations.organizationId))
    .innerJoin(users, eq(users.id, registrations.registeredBy));
}

type RegistrationFilter = {
  eventId: string;
  /** Only this organisation's registrations (a participant's own view). */
  organizationId?: string;
  q?: string;
  status?: RegistrationStatus;
};

function registrationConditions(filter: RegistrationFilter): (SQL | undefined)[] {
  const term = filter.q ? normalizeSearchText(filter.q) : '';
  return [
    eq(registrations.eventId, filter.eventId),
    filter.organizationId ? eq(registrations.organizationId, filter.organizationId) : undefined,
    filter.status ? eq(registrations.status, filter.status) : undefined,
    // instr, not LIKE: the term is matched literally, so "%" and "_" need no escaping.
    term ? sql`instr(${registrations.searchText}, ${term}) > 0` : undefined,
  ];
}

/** A page of registrations in the order the server accepted them. */
export function listRegistrations(
  db: Pick<Db, 'select'>,
  filter: RegistrationFilter & { limit: number; cursor?: string },
) {
  const rows = selectRegistrations(db)
    .where(
      and(
        ...registrationConditions(filter),
        afterCursor(filter.cursor, [registrations.acceptedSeq, registrations.id], 'asc'),
      ),
    )
    .orderBy(asc(registrations.acceptedSeq))
    .limit(filter.limit + 1)
    .all();
  return toPage(rows, filter.limit, (row) => [row.registration.acceptedSeq, row.registration.id]);
}

/** Every registration matching the filter, for the export. */
export function listAllRegistrations(
  db: Pick<Db, 'select'>,
  filter: RegistrationFilter,
): RegistrationWithNames[] {
  return selectRegistrations(db)
    .where(and(...registrationConditions(filter)))
    .orderBy(asc(registrations.acceptedSeq))
    .all();
}

/** The given registrations, in the order of `ids`. */
export function findRegistrations(
  db: Pick<Db, 'select'>,
  ids: readonly string[],
): RegistrationWithNames[] {
  const rows = selectRegistrations(db)
    .where(inArray(registrations.id, [...ids]))
    .all();
  const byId = new Map(rows.map((row) => [row.registration.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
