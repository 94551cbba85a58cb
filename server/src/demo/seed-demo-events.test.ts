import { createDb, migrateDb, schema } from '@itc/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedDemoData } from './seed-demo-data';

const now = new Date('2026-11-25T10:00:00Z');

async function seededEvents() {
  const db = createDb(':memory:');
  migrateDb(db);
  await seedDemoData(db, now);
  const rows = db
    .select({ event: schema.events, organizer: schema.organizations.type })
    .from(schema.events)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.events.organizationId))
    .all();
  return rows.map(({ event, organizer }) => {
    const registrations = db
      .select()
      .from(schema.eventRegistrations)
      .where(eq(schema.eventRegistrations.eventId, event.id))
      .all();
    const confirmed = registrations.filter((r) => r.status === 'confirmed');
    return {
      ...event,
      organizer,
      confirmed: confirmed.length,
      waitlisted: registrations.filter((r) => r.status === 'waitlisted').length,
      confirmedByOrganization: confirmed.reduce(
        (held, r) => held.set(r.organizationId, (held.get(r.organizationId) ?? 0) + 1),
        new Map<string, number>(),
      ),
      attendance: registrations.map((r) => r.attended),
    };
  });
}

describe('demo events', () => {
  it('has upcoming events of all three organisers: nearly full, with a waiting list, online', async () => {
    const seeded = await seededEvents();
    const upcoming = seeded.filter(
      (e) => e.status === 'published' && e.startsAt > now.toISOString(),
    );
    expect(new Set(upcoming.map((e) => e.organizer))).toEqual(
      new Set(['ihk', 'jobcenter', 'city']),
    );

    const compact = upcoming.find((e) => e.title === 'Beschleunigtes Fachkräfteverfahren kompakt');
    expect(compact?.capacity).toBe((compact?.confirmed ?? 0) + 1);
    const waiting = upcoming.find((e) => e.organizer === 'jobcenter');
    expect(waiting?.confirmed).toBe(waiting?.capacity);
    expect(waiting?.waitlisted).toBeGreaterThan(0);
    const online = upcoming.find((e) => e.title === 'Anerkennung von Pflegeberufen');
    expect(online).toMatchObject({ format: 'online', organizer: 'city' });
    expect(online?.onlineUrl).toMatch(/^https:\/\//);
    // 10:00 in Duisburg on a winter day is 09:00 UTC.
    expect(compact?.startsAt).toMatch(/T09:00:00\.000Z$/);
  });

  it('has a past event with attendance and respects capacity and seat limits everywhere', async () => {
    const seeded = await seededEvents();
    const past = seeded.filter((e) => e.endsAt < now.toISOString());
    expect(past).toHaveLength(1);
    expect(past[0]?.attendance).toEqual(expect.arrayContaining([true, false]));
    expect(past[0]?.attendance).not.toContain(null);
    for (const event of seeded) {
      expect(event.confirmed, event.title).toBeLessThanOrEqual(event.capacity);
      for (const held of event.confirmedByOrganization.values()) {
        expect(held).toBeLessThanOrEqual(event.seatLimitPerOrganization ?? event.capacity);
      }
    }
    expect(seeded.filter((e) => e.status === 'draft')).toHaveLength(1);
  });
});
