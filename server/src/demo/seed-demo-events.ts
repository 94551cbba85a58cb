import { type Db, newId, schema } from '@itc/db';
import {
  berlinLocalToIso,
  berlinWallClock,
  createEventSchema,
  normalizeSearchText,
} from '@itc/shared';
import { demoOrganizations } from './demo-accounts';
import { type DemoEvent, demoEvents } from './demo-events';
import { type DemoIds, idOf } from './seed-demo-hires';

const hourMs = 60 * 60_000;
const dayMs = 24 * hourMs;

/** Start, end and deadline in UTC; the start at the given German wall-clock time. */
function timesOf(demo: DemoEvent, now: Date) {
  const { date } = berlinWallClock(new Date(now.getTime() + demo.day * dayMs));
  const startsAt = new Date(berlinLocalToIso(`${date}T${demo.startTime}`));
  return {
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + demo.hours * hourMs).toISOString(),
    registrationDeadline: new Date(
      startsAt.getTime() - demo.deadlineDaysBefore * dayMs,
    ).toISOString(),
  };
}

/** Inserts the demo events with their registrations, in the order they were accepted. */
export function seedDemoEvents(tx: Pick<Db, 'insert'>, ids: DemoIds, now: Date): void {
  for (const demo of demoEvents) {
    const times = timesOf(demo, now);
    // Parsed like an organiser's entry, so the demo data is held to the same rules.
    const fields = createEventSchema.parse({ ...demo.fields, ...times });
    const eventId = newId();
    const createdAt = new Date(now.getTime() - 21 * dayMs).toISOString();
    tx.insert(schema.events)
      .values({
        id: eventId,
        organizationId: idOf(ids.organizations, demo.organizer),
        status: demo.status,
        title: fields.title,
        titleEn: fields.titleEn ?? null,
        description: fields.description,
        descriptionEn: fields.descriptionEn ?? null,
        topics: fields.topics,
        targetGroup: fields.targetGroup ?? 'all_employers',
        format: fields.format,
        language: fields.language,
        ...times,
        location: fields.location ?? null,
        room: fields.room ?? null,
        onlineUrl: fields.onlineUrl ?? null,
        capacity: fields.capacity,
        seatLimitPerOrganization: fields.seatLimitPerOrganization ?? null,
        createdBy: idOf(ids.users, demo.createdBy),
        createdAt,
        updatedAt: createdAt,
        publishedAt: demo.status === 'published' ? createdAt : null,
      })
      .run();
    for (const registration of demo.registrations) {
      const organizationId = idOf(ids.organizations, registration.organization);
      const organizationName =
        demoOrganizations.find((org) => org.key === registration.organization)?.name ?? '';
      for (const attendee of registration.attendees) {
        tx.insert(schema.eventRegistrations)
          .values({
            id: newId(),
            eventId,
            organizationId,
            registeredBy: idOf(ids.users, registration.registeredBy),
            name: attendee.name,
            email: attendee.email,
            searchText: normalizeSearchText(
              `${attendee.name} ${attendee.email} ${organizationName}`,
            ),
            locale: 'de',
            status: attendee.status,
            createdAt,
            confirmedAt: attendee.status === 'confirmed' ? createdAt : null,
            attended: attendee.attended ?? null,
            attendanceRecordedAt: attendee.attended === undefined ? null : times.startsAt,
          })
          .run();
      }
    }
  }
}
