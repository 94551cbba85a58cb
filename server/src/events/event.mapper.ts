import type { schema } from '@itc/db';
import { type Event, isRegistrationOpen } from '@itc/shared';
import type { AuthContext } from '../app-env';
import { toOrganizationSummary } from '../organizations/organization.mapper';
import { type EventRow, isOrganizerOf } from './event-access.queries';
import { toSeats } from './registrations/event-seats.queries';

export type EventWithCounts = {
  event: EventRow;
  organizer: typeof schema.organizations.$inferSelect;
  confirmed: number;
  waitlisted: number;
  /** Registrations of the caller's organisation. */
  ownConfirmed: number;
  ownWaitlisted: number;
};

/** The event as this caller sees it: the join link only for organiser and confirmed participants. */
export function toEvent(row: EventWithCounts, auth: AuthContext, now: Date): Event {
  const { event } = row;
  const isOrganizer = isOrganizerOf(auth, event);
  const registrationOpen = isRegistrationOpen(event, now);
  return {
    id: event.id,
    organizer: toOrganizationSummary(row.organizer),
    status: event.status,
    title: event.title,
    titleEn: event.titleEn,
    description: event.description,
    descriptionEn: event.descriptionEn,
    topics: event.topics,
    targetGroup: event.targetGroup,
    format: event.format,
    language: event.language,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    registrationDeadline: event.registrationDeadline,
    location: event.location,
    room: event.room,
    onlineUrl: isOrganizer || row.ownConfirmed > 0 ? event.onlineUrl : null,
    seatLimitPerOrganization: event.seatLimitPerOrganization,
    seats: toSeats(event.capacity, row.confirmed, row.waitlisted),
    registrationOpen,
    viewer: {
      isOrganizer,
      canRegister: !isOrganizer && registrationOpen,
      confirmed: row.ownConfirmed,
      waitlisted: row.ownWaitlisted,
    },
    publishedAt: event.publishedAt,
    cancelledAt: event.cancelledAt,
    cancellationReason: event.cancellationReason,
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
  };
}
