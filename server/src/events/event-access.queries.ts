import { type Db, schema } from '@itc/db';
import { isEventOrganizerRole } from '@itc/shared';
import { eq } from 'drizzle-orm';
import type { AuthContext } from '../app-env';
import { AppError } from '../lib/app-error';

export type EventRow = typeof schema.events.$inferSelect;

export function isOrganizerOf(auth: AuthContext, event: Pick<EventRow, 'organizationId'>): boolean {
  return isEventOrganizerRole(auth.user.role) && auth.organization.id === event.organizationId;
}

/** Published and cancelled events are visible to every signed-in user, drafts to the organiser. */
export function isEventVisibleTo(auth: AuthContext, event: EventRow): boolean {
  return event.status !== 'draft' || isOrganizerOf(auth, event);
}

/** 404 for unknown ids and for other organisers' drafts alike. */
export function findVisibleEventRow(db: Pick<Db, 'select'>, auth: AuthContext, id: string) {
  const event = db.select().from(schema.events).where(eq(schema.events.id, id)).get();
  if (!event || !isEventVisibleTo(auth, event)) throw new AppError('not_found');
  return event;
}

/**
 * An event the caller organises. 403 for roles that never organise; 404 for another
 * organisation's event, so organiser routes do not reveal whose drafts exist.
 */
export function findOrganizedEventRow(db: Pick<Db, 'select'>, auth: AuthContext, id: string) {
  if (!isEventOrganizerRole(auth.user.role)) throw new AppError('forbidden');
  const event = db.select().from(schema.events).where(eq(schema.events.id, id)).get();
  if (!event || !isOrganizerOf(auth, event)) throw new AppError('not_found');
  return event;
}
