import { type Db, newId, schema } from '@itc/db';
import {
  type Attendee,
  type Locale,
  normalizeSearchText,
  type RegisterAttendeesResponse,
} from '@itc/shared';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { AuthContext } from '../../app-env';
import { AppError } from '../../lib/app-error';
import { fieldError } from '../../lib/validation-errors';
import type { LinkTo } from '../../mail/link-to';
import { findVisibleEventRow, isOrganizerOf } from '../event-access.queries';
import { eventEmailTemplates } from '../mailing/event-email.templates';
import { eventMailContext, queueEventMail } from '../mailing/event-mails.service';
import { assertRegistrationOpen } from './assert-registration-open.rules';
import { toEventRegistration } from './event-registration.mapper';
import { findRegistrations } from './event-registrations.queries';
import { confirmedByOrganization, countSeats } from './event-seats.queries';
import { grantSeats } from './grant-seats.service';

const registrations = schema.eventRegistrations;

type Tx = Pick<Db, 'select'>;
type ParsedAttendee = Attendee & { email: string };

/** 409 naming each attendee who already holds a seat or a waiting-list place. */
function assertNotRegistered(tx: Tx, eventId: string, attendees: ParsedAttendee[], locale: Locale) {
  const taken = new Set(
    tx
      .select({ email: registrations.email })
      .from(registrations)
      .where(
        and(
          eq(registrations.eventId, eventId),
          ne(registrations.status, 'cancelled'),
          inArray(
            registrations.email,
            attendees.map((attendee) => attendee.email),
          ),
        ),
      )
      .all()
      .map((row) => row.email),
  );
  if (taken.size === 0) return;
  throw new AppError('already_registered', {
    detail: `Already registered for this event: ${[...taken].join(', ')}.`,
    errors: attendees.flatMap((attendee, index) =>
      taken.has(attendee.email)
        ? [fieldError(`attendees.${index}.email`, 'attendee_already_registered', locale)]
        : [],
    ),
  });
}

/** Attendees with an account get emails in their own language, others in the registrant's. */
function attendeeLocales(tx: Tx, emails: string[], fallback: Locale): (email: string) => Locale {
  const known = new Map(
    tx
      .select({ email: schema.users.email, locale: schema.users.locale })
      .from(schema.users)
      .where(inArray(schema.users.email, emails))
      .all()
      .map((row) => [row.email, row.locale]),
  );
  return (email) => known.get(email) ?? fallback;
}

/**
 * Registers attendees of the caller's organisation, all or none. Seats are decided inside one
 * synchronous SQLite transaction, so concurrent requests are served strictly one after another:
 * the event never overbooks and the waiting list keeps the order of acceptance.
 */
export function registerAttendees(options: {
  db: Db;
  now: Date;
  actor: AuthContext;
  linkTo: LinkTo;
  eventId: string;
  attendees: ParsedAttendee[];
}): RegisterAttendeesResponse {
  const { db, now, actor, linkTo, eventId, attendees } = options;
  const organizationId = actor.organization.id;
  return db.transaction((tx) => {
    const event = findVisibleEventRow(tx, actor, eventId);
    if (isOrganizerOf(actor, event)) {
      throw new AppError('forbidden', {
        detail: 'Organisers do not register for their own events.',
      });
    }
    assertRegistrationOpen(event, now);
    assertNotRegistered(tx, event.id, attendees, actor.user.locale);
    const candidates = attendees.map((_, index) => ({ id: String(index), organizationId }));
    const granted = grantSeats(
      {
        capacity: event.capacity,
        seatLimitPerOrganization: event.seatLimitPerOrganization,
        confirmedByOrganization: confirmedByOrganization(tx, event.id),
      },
      candidates,
    );
    const localeOf = attendeeLocales(
      tx,
      attendees.map((attendee) => attendee.email),
      actor.user.locale,
    );
    const ids = attendees.map((attendee, index) => {
      const id = newId();
      const isConfirmed = granted.has(String(index));
      tx.insert(registrations)
        .values({
          id,
          eventId: event.id,
          organizationId,
          registeredBy: actor.user.id,
          name: attendee.name,
          email: attendee.email,
          note: attendee.note || null,
          searchText: normalizeSearchText(
            `${attendee.name} ${attendee.email} ${actor.organization.name}`,
          ),
          locale: localeOf(attendee.email),
          status: isConfirmed ? 'confirmed' : 'waitlisted',
          createdAt: now.toISOString(),
          confirmedAt: isConfirmed ? now.toISOString() : null,
        })
        .run();
      return id;
    });
    const rows = findRegistrations(tx, ids);
    const context = eventMailContext(tx, event, linkTo, now);
    for (const { registration, waitlistPosition } of rows) {
      if (registration.status === 'confirmed') {
        queueEventMail(tx, context, registration, eventEmailTemplates.seatConfirmed, {
          attachCalendar: true,
        });
      } else {
        queueEventMail(tx, context, registration, (locale, facts) =>
          eventEmailTemplates.waitlisted(locale, { ...facts, position: waitlistPosition ?? 0 }),
        );
      }
    }
    return { registrations: rows.map(toEventRegistration), seats: countSeats(tx, event) };
  });
}
