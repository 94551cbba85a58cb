import type { Db } from '@itc/db';
import type { RegistrationStatus } from '@itc/shared';
import type { AuthContext } from '../../app-env';
import { findOrganizedEventRow, findVisibleEventRow } from '../event-access.queries';
import { toEventParticipant, toEventRegistration } from './event-registration.mapper';
import { listRegistrations } from './event-registrations.queries';

type ListOptions = {
  db: Pick<Db, 'select'>;
  auth: AuthContext;
  eventId: string;
  q?: string;
  status?: RegistrationStatus;
  limit: number;
  cursor?: string;
};

/** The organiser's list: everyone who registered, with attendance, in accepted order. */
export function listParticipants(options: ListOptions) {
  const { db, auth, eventId, ...filter } = options;
  const event = findOrganizedEventRow(db, auth, eventId);
  const page = listRegistrations(db, { ...filter, eventId: event.id });
  return { items: page.items.map(toEventParticipant), nextCursor: page.nextCursor };
}

/** A participant's view: the registrations of the caller's own organisation. */
export function listOwnRegistrations(options: ListOptions) {
  const { db, auth, eventId, ...filter } = options;
  const event = findVisibleEventRow(db, auth, eventId);
  const page = listRegistrations(db, {
    ...filter,
    eventId: event.id,
    organizationId: auth.organization.id,
  });
  return { items: page.items.map(toEventRegistration), nextCursor: page.nextCursor };
}
