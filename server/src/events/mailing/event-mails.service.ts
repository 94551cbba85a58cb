import { type Db, schema } from '@itc/db';
import { eq } from 'drizzle-orm';
import type { LinkTo } from '../../mail/link-to';
import { enqueueEmail } from '../../mail/outbox';
import { describeEventPlace, describeEventTime, eventTextIn } from '../describe-event.mapper';
import type { EventRow } from '../event-access.queries';
import { calendarAttachment, renderEventIcs } from './event.ics';
import type { EventEmailTemplate } from './event-email.templates';

export type EventMailContext = {
  event: EventRow;
  organizerName: string;
  linkTo: LinkTo;
  now: Date;
};

/** Who receives an event email: an attendee, in the language stored with the registration. */
export type EventMailRecipient = Pick<
  typeof schema.eventRegistrations.$inferSelect,
  'name' | 'email' | 'locale' | 'status'
>;

export function eventMailContext(
  db: Pick<Db, 'select'>,
  event: EventRow,
  linkTo: LinkTo,
  now: Date,
): EventMailContext {
  const organizer = db
    .select({ name: schema.organizations.name })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, event.organizationId))
    .get();
  return { event, organizerName: organizer?.name ?? '', linkTo, now };
}

/**
 * Queues one event email through the outbox, in the recipient's language, with a link to the
 * event page. Only confirmed attendees read the join link. True when it was queued (a repeated
 * dedupe key queues nothing).
 */
export function queueEventMail(
  db: Pick<Db, 'insert'>,
  context: EventMailContext,
  recipient: EventMailRecipient,
  template: EventEmailTemplate,
  options: { attachCalendar?: boolean; dedupeKey?: string } = {},
): boolean {
  const { event, organizerName, linkTo, now } = context;
  const { locale } = recipient;
  const link = linkTo(`/events/${event.id}`);
  const email = template(locale, {
    name: recipient.name,
    title: eventTextIn(locale, event).title,
    organizerName,
    when: describeEventTime(locale, event),
    where: describeEventPlace(locale, event, recipient.status === 'confirmed'),
    link,
  });
  const attachments = options.attachCalendar
    ? [calendarAttachment(renderEventIcs({ event, organizerName, locale, link }), locale)]
    : undefined;
  return enqueueEmail(
    db,
    { to: recipient.email, ...email, attachments, dedupeKey: options.dedupeKey },
    now,
  );
}
