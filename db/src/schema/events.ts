import {
  type EventTopic,
  eventFormats,
  eventLanguages,
  eventStatuses,
  eventTargetGroups,
  registrationStatuses,
} from '@itc/shared';
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organizations } from './organizations';
import { users } from './users';

/** An information event of an IHK, a Jobcenter or the city. Times are ISO 8601 in UTC. */
export const events = sqliteTable(
  'events',
  {
    id: text('id').primaryKey(),
    /** The organiser; only its staff edit the event and see the participants. */
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    status: text('status', { enum: eventStatuses }).notNull().default('draft'),
    title: text('title').notNull(),
    titleEn: text('title_en'),
    description: text('description').notNull(),
    descriptionEn: text('description_en'),
    topics: text('topics', { mode: 'json' }).$type<EventTopic[]>().notNull(),
    targetGroup: text('target_group', { enum: eventTargetGroups }).notNull(),
    format: text('format', { enum: eventFormats }).notNull(),
    language: text('language', { enum: eventLanguages }).notNull(),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    registrationDeadline: text('registration_deadline').notNull(),
    location: text('location'),
    room: text('room'),
    onlineUrl: text('online_url'),
    capacity: integer('capacity').notNull(),
    seatLimitPerOrganization: integer('seat_limit_per_organization'),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    publishedAt: text('published_at'),
    cancelledAt: text('cancelled_at'),
    cancellationReason: text('cancellation_reason'),
  },
  (table) => [
    index('events_status_starts_idx').on(table.status, table.startsAt, table.id),
    index('events_organization_starts_idx').on(table.organizationId, table.startsAt, table.id),
  ],
);

/** One attendee of an event: a seat (`confirmed`), a waiting-list place, or cancelled. */
export const eventRegistrations = sqliteTable(
  'event_registrations',
  {
    /**
     * The order in which the server accepted the registrations, and so the waiting list's order.
     * SQLite hands out AUTOINCREMENT values strictly increasing, in the order of the inserts.
     */
    acceptedSeq: integer('accepted_seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id),
    /** The registering organisation; its staff see and cancel the registration. */
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    registeredBy: text('registered_by')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    /** Lower case; one active registration per address and event. */
    email: text('email').notNull(),
    note: text('note'),
    /** Lower-case "name email organisation" without accents, for the check-in search. */
    searchText: text('search_text').notNull(),
    /** Language of the emails to this attendee. */
    locale: text('locale', { enum: ['de', 'en'] }).notNull(),
    status: text('status', { enum: registrationStatuses }).notNull(),
    createdAt: text('created_at').notNull(),
    confirmedAt: text('confirmed_at'),
    cancelledAt: text('cancelled_at'),
    cancelledBy: text('cancelled_by').references(() => users.id),
    /** Null until the organiser records attendance at the door. */
    attended: integer('attended', { mode: 'boolean' }),
    attendanceRecordedAt: text('attendance_recorded_at'),
  },
  (table) => [
    index('event_registrations_event_idx').on(table.eventId, table.acceptedSeq),
    index('event_registrations_event_status_idx').on(
      table.eventId,
      table.status,
      table.acceptedSeq,
    ),
    index('event_registrations_organization_idx').on(table.organizationId, table.eventId),
    uniqueIndex('event_registrations_active_email_unique')
      .on(table.eventId, table.email)
      .where(sql`status <> 'cancelled'`),
  ],
);
