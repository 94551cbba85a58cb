import { type Db, schema } from '@itc/db';
import { and, asc, eq, gt, isNull, like, lte } from 'drizzle-orm';
import type { LinkTo } from '../../mail/link-to';
import { eventEmailTemplates } from './event-email.templates';
import { queueEventMail } from './event-mails.service';

const { events, eventRegistrations: registrations, organizations, outbox } = schema;

const reminderLeadMs = 24 * 60 * 60_000;

/** One reminder per registration: the outbox refuses a second row with the same key. */
export function reminderKey(eventId: string, registrationId: string): string {
  return `reminder:${eventId}:${registrationId}`;
}

/**
 * Queues the reminder of every confirmed attendee of a published event that begins within the
 * next 24 hours and has not begun. Running it again, or after a restart, queues nothing twice;
 * a reminder that fell due while the server was down is queued on the next run, as long as the
 * event has not begun. Returns how many were queued now.
 */
export function queueDueReminders(options: { db: Db; now: Date; linkTo: LinkTo }): number {
  const { db, now, linkTo } = options;
  const horizon = new Date(now.getTime() + reminderLeadMs).toISOString();
  return db.transaction((tx) => {
    const due = tx
      .select({ registration: registrations, event: events, organizerName: organizations.name })
      .from(registrations)
      .innerJoin(events, eq(events.id, registrations.eventId))
      .innerJoin(organizations, eq(organizations.id, events.organizationId))
      .where(
        and(
          eq(events.status, 'published'),
          gt(events.startsAt, now.toISOString()),
          lte(events.startsAt, horizon),
          eq(registrations.status, 'confirmed'),
        ),
      )
      .orderBy(asc(events.startsAt), asc(registrations.acceptedSeq))
      .all();
    let queued = 0;
    for (const { registration, event, organizerName } of due) {
      const context = { event, organizerName, linkTo, now };
      const isNew = queueEventMail(tx, context, registration, eventEmailTemplates.reminder, {
        dedupeKey: reminderKey(event.id, registration.id),
      });
      if (isNew) queued += 1;
    }
    return queued;
  });
}

/**
 * Takes back reminders that have not been delivered: after a cancellation nobody should be
 * reminded, and after a new start time the scheduler queues them again with the new time.
 */
export function withdrawPendingReminders(
  db: Pick<Db, 'delete'>,
  eventId: string,
  registrationId?: string,
): void {
  const key = registrationId
    ? eq(outbox.dedupeKey, reminderKey(eventId, registrationId))
    : like(outbox.dedupeKey, `${reminderKey(eventId, '')}%`);
  db.delete(outbox)
    .where(and(key, isNull(outbox.sentAt)))
    .run();
}
