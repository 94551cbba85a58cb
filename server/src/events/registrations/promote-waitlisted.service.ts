import { type Db, schema } from '@itc/db';
import { hasEventStarted } from '@itc/shared';
import { and, asc, eq } from 'drizzle-orm';
import { eventEmailTemplates } from '../mailing/event-email.templates';
import { type EventMailContext, queueEventMail } from '../mailing/event-mails.service';
import { confirmedByOrganization } from './event-seats.queries';
import { grantSeats } from './grant-seats.service';

const registrations = schema.eventRegistrations;

type Tx = Pick<Db, 'select' | 'insert' | 'update'>;

/**
 * Gives free seats to the waiting list in the order the registrations were accepted, and emails
 * each promoted attendee the confirmation with the calendar entry. Runs inside the transaction
 * that freed the seats, so two cancellations cannot promote the same person or overbook.
 */
export function promoteWaitlisted(tx: Tx, context: EventMailContext) {
  const { event, now } = context;
  if (event.status !== 'published' || hasEventStarted(event, now)) return [];
  const state = {
    capacity: event.capacity,
    seatLimitPerOrganization: event.seatLimitPerOrganization,
    confirmedByOrganization: confirmedByOrganization(tx, event.id),
  };
  const waiting = tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), eq(registrations.status, 'waitlisted')))
    .orderBy(asc(registrations.acceptedSeq))
    .all();
  const granted = grantSeats(state, waiting);
  const promoted = waiting
    .filter((registration) => granted.has(registration.id))
    .map((registration) => ({ ...registration, status: 'confirmed' as const }));
  for (const registration of promoted) {
    tx.update(registrations)
      .set({ status: 'confirmed', confirmedAt: now.toISOString() })
      .where(eq(registrations.id, registration.id))
      .run();
    queueEventMail(tx, context, registration, eventEmailTemplates.seatPromoted, {
      attachCalendar: true,
    });
  }
  return promoted;
}
