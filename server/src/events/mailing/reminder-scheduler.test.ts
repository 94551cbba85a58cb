import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema } from '@itc/db';
import { eventRegistrationSchema } from '@itc/shared';
import { like } from 'drizzle-orm';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { attendee, publishTestEvent, registerOk } from '../../testing/event-input';
import { readList } from '../../testing/read-body';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { createReminderScheduler } from './reminder-scheduler.job';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function databaseFile(): string {
  const folder = mkdtempSync(join(tmpdir(), 'itc-reminders-'));
  folders.push(folder);
  return join(folder, 'portal.sqlite');
}

function schedulerFor(app: TestApp) {
  return createReminderScheduler({
    db: app.db,
    clock: app.clock,
    logger: pino({ level: 'silent' }),
    linkTo: (path) => `https://portal.example${path}`,
  });
}

function remindersIn(app: TestApp) {
  return app.db
    .select()
    .from(schema.outbox)
    .where(like(schema.outbox.dedupeKey, 'reminder:%'))
    .all();
}

/** Two seats, three attendees: two confirmed get reminders, the one waiting does not. */
async function eventWithAttendees(app: TestApp, overrides = {}) {
  const event = await publishTestEvent(app, await app.loginAs('berater@ihk.example'), {
    capacity: 2,
    ...overrides,
  });
  await registerOk(app, await app.loginAs('hr@rhein-stahl.example'), event.id, [
    attendee('Rita Rot'),
    attendee('Gerd Gruen'),
    attendee('Wanda Wartend'),
  ]);
  return event;
}

describe('[SYSTEM][EVENTS] reminders 24 hours before', () => {
  it('queues one reminder per confirmed participant, exactly once, also across a restart', async () => {
    const file = databaseFile();
    const first = await createTestApp({}, file);
    const event = await eventWithAttendees(first);
    const scheduler = schedulerFor(first);

    first.clock.set(new Date('2026-12-09T08:59:00Z'));
    expect(scheduler.runOnce()).toBe(0);
    first.clock.set(new Date('2026-12-09T09:00:00Z'));
    expect(scheduler.runOnce()).toBe(2);
    expect(scheduler.runOnce()).toBe(0);
    const queued = remindersIn(first);
    expect(queued.map((mail) => mail.to).sort()).toEqual([
      'gerd.gruen@example.org',
      'rita.rot@example.org',
    ]);
    expect(queued[0]?.subject).toBe('Erinnerung: Fachkräfte aus Drittstaaten gewinnen');
    expect(queued[0]?.text).toContain(`https://portal.example/events/${event.id}`);
    first.db.$client.close();

    // The restarted server runs the scheduler at once: nothing is queued a second time.
    const restarted = await createTestApp({}, file);
    restarted.clock.set(new Date('2026-12-09T10:00:00Z'));
    const again = schedulerFor(restarted);
    again.start(60_000);
    again.stop();
    expect(again.runOnce()).toBe(0);
    expect(
      remindersIn(restarted)
        .map((mail) => mail.id)
        .sort(),
    ).toEqual(queued.map((mail) => mail.id).sort());

    // Someone who moves up within the last 24 hours is reminded on the next run.
    const hr = await restarted.loginAs('hr@rhein-stahl.example');
    const mine = await readList(
      await restarted.request(`/api/events/${event.id}/registrations/mine`, { cookie: hr }),
      eventRegistrationSchema,
    );
    const rita = mine.items.find((r) => r.name === 'Rita Rot')!;
    await restarted.request(`/api/events/${event.id}/registrations/${rita.id}`, {
      method: 'DELETE',
      cookie: hr,
    });
    expect(
      remindersIn(restarted)
        .map((mail) => mail.to)
        .sort(),
    ).toEqual(['gerd.gruen@example.org']);
    expect(again.runOnce()).toBe(1);
    expect(
      remindersIn(restarted)
        .map((mail) => mail.to)
        .sort(),
    ).toEqual(['gerd.gruen@example.org', 'wanda.wartend@example.org']);
    restarted.db.$client.close();
  });

  it('catches up on start with reminders that fell due while down, unless the event has begun', async () => {
    const file = databaseFile();
    const before = await createTestApp({}, file);
    const begun = await eventWithAttendees(before);
    const upcoming = await publishTestEvent(
      before,
      await before.loginAs('team@jobcenter.example'),
      {
        startsAt: '2026-12-10T15:00:00+01:00',
        endsAt: '2026-12-10T16:00:00+01:00',
      },
    );
    await registerOk(before, await before.loginAs('hr@pflege-ruhr.example'), upcoming.id, [
      attendee('Paula Puenktlich'),
    ]);
    before.db.$client.close();

    // Down from the registrations until after the first event began.
    const restarted = await createTestApp({}, file);
    restarted.clock.set(new Date('2026-12-10T09:30:00Z'));
    const scheduler = schedulerFor(restarted);
    scheduler.start(60_000);
    scheduler.stop();
    const keys = remindersIn(restarted).map((mail) => mail.dedupeKey ?? '');
    expect(keys.filter((key) => key.startsWith(`reminder:${upcoming.id}:`))).toHaveLength(1);
    expect(keys.filter((key) => key.startsWith(`reminder:${begun.id}:`))).toEqual([]);
    restarted.db.$client.close();
  });

  it('sends no reminders for cancelled events and takes back those not yet delivered', async () => {
    const app = await createTestApp();
    const event = await eventWithAttendees(app);
    const scheduler = schedulerFor(app);
    app.clock.set(new Date('2026-12-09T12:00:00Z'));
    expect(scheduler.runOnce()).toBe(2);
    const cancelled = await app.request(`/api/events/${event.id}/cancel`, {
      method: 'POST',
      cookie: await app.loginAs('berater@ihk.example'),
    });
    expect(cancelled.status).toBe(200);
    expect(remindersIn(app)).toEqual([]);
    expect(scheduler.runOnce()).toBe(0);
  });
});
