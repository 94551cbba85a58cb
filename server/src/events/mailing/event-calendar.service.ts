import { type Db, schema } from '@itc/db';
import type { Locale } from '@itc/shared';
import { and, eq } from 'drizzle-orm';
import type { AuthContext } from '../../app-env';
import { AppError } from '../../lib/app-error';
import type { LinkTo } from '../../mail/link-to';
import { findVisibleEventRow, isOrganizerOf } from '../event-access.queries';
import { renderEventIcs } from './event.ics';
import { eventMailContext } from './event-mails.service';

const registrations = schema.eventRegistrations;

/** The calendar entry carries the join link, so only the organiser and confirmed participants get it. */
export function getEventCalendar(options: {
  db: Db;
  now: Date;
  auth: AuthContext;
  linkTo: LinkTo;
  eventId: string;
  locale: Locale;
}): { ics: string; fileName: string } {
  const { db, now, auth, linkTo, eventId, locale } = options;
  const event = findVisibleEventRow(db, auth, eventId);
  const confirmed = db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, event.id),
        eq(registrations.organizationId, auth.organization.id),
        eq(registrations.status, 'confirmed'),
      ),
    )
    .get();
  if (!confirmed && !isOrganizerOf(auth, event)) {
    throw new AppError('forbidden', {
      detail: 'The calendar entry is for the organiser and confirmed participants.',
    });
  }
  const { organizerName } = eventMailContext(db, event, linkTo, now);
  const ics = renderEventIcs({ event, organizerName, locale, link: linkTo(`/events/${event.id}`) });
  return { ics, fileName: `${event.title}.ics` };
}
