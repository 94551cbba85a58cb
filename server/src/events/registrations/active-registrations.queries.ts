import { type Db, schema } from '@itc/db';
import { and, asc, eq, ne } from 'drizzle-orm';

const registrations = schema.eventRegistrations;

/** Everyone an event message concerns: confirmed and waitlisted attendees, in accepted order. */
export function findActiveRegistrations(db: Pick<Db, 'select'>, eventId: string) {
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), ne(registrations.status, 'cancelled')))
    .orderBy(asc(registrations.acceptedSeq))
    .all();
}
