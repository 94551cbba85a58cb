import { type Db, schema } from '@itc/db';
import type { Event, EventFormat, EventLanguage, EventTopic } from '@itc/shared';
import { and, asc, eq, exists, gt, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { AuthContext } from '../app-env';
import { AppError } from '../lib/app-error';
import { toPage } from '../lib/cursor';
import { afterCursor } from '../lib/keyset';
import { toUtcIso } from '../lib/utc-iso';
import { toEvent } from './event.mapper';
import { isEventVisibleTo } from './event-access.queries';

const { events, eventRegistrations: registrations, organizations } = schema;

/** Events with their seat counts and the caller organisation's own registrations. */
function selectEvents(db: Pick<Db, 'select' | '$count'>, viewerOrganizationId: string) {
  const countOf = (...conditions: SQL[]) =>
    db.$count(registrations, and(eq(registrations.eventId, events.id), ...conditions));
  const own = eq(registrations.organizationId, viewerOrganizationId);
  return db
    .select({
      event: events,
      organizer: organizations,
      confirmed: countOf(eq(registrations.status, 'confirmed')),
      waitlisted: countOf(eq(registrations.status, 'waitlisted')),
      ownConfirmed: countOf(eq(registrations.status, 'confirmed'), own),
      ownWaitlisted: countOf(eq(registrations.status, 'waitlisted'), own),
    })
    .from(events)
    .innerJoin(organizations, eq(organizations.id, events.organizationId));
}

type EventListOptions = {
  db: Db;
  auth: AuthContext;
  now: Date;
  topic?: EventTopic;
  format?: EventFormat;
  language?: EventLanguage;
  from?: string;
  to?: string;
  mine?: boolean;
  registered?: boolean;
  limit: number;
  cursor?: string;
};

/**
 * Browsing shows published events; `mine` the organiser's own in every status; `registered`
 * those the caller's organisation signed up for, cancelled ones too, so nobody misses a
 * cancellation. Soonest first, keyset-paginated.
 */
export function listEvents(options: EventListOptions) {
  const { db, auth, now, topic, format, language, from, to, mine, registered } = options;
  const organizationId = auth.organization.id;
  const ownRegistration = db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, events.id),
        eq(registrations.organizationId, organizationId),
        ne(registrations.status, 'cancelled'),
      ),
    );
  const conditions: (SQL | undefined)[] = [
    mine ? eq(events.organizationId, organizationId) : undefined,
    registered ? exists(ownRegistration) : undefined,
    mine ? undefined : registered ? ne(events.status, 'draft') : eq(events.status, 'published'),
    topic
      ? sql`exists (select 1 from json_each(${events.topics}) where value = ${topic})`
      : undefined,
    format ? eq(events.format, format) : undefined,
    language ? eq(events.language, language) : undefined,
    gt(events.endsAt, from ? toUtcIso(from) : now.toISOString()),
    to ? lt(events.startsAt, toUtcIso(to)) : undefined,
    afterCursor(options.cursor, [events.startsAt, events.id], 'asc'),
  ];
  const rows = selectEvents(db, organizationId)
    .where(and(...conditions))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(options.limit + 1)
    .all();
  const page = toPage(rows, options.limit, (row) => [row.event.startsAt, row.event.id]);
  return { items: page.items.map((row) => toEvent(row, auth, now)), nextCursor: page.nextCursor };
}

/** One event as the caller sees it; 404 for unknown ids and other organisers' drafts. */
export function getEvent(
  db: Pick<Db, 'select' | '$count'>,
  auth: AuthContext,
  id: string,
  now: Date,
): Event {
  const row = selectEvents(db, auth.organization.id).where(eq(events.id, id)).get();
  if (!row || !isEventVisibleTo(auth, row.event)) throw new AppError('not_found');
  return toEvent(row, auth, now);
}
