import { schema } from '@itc/db';
import { eventSchema, problemSchema } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  anEventInput,
  attendee,
  publishTestEvent,
  registerForEvent,
  registerOk,
} from '../testing/event-input';
import { openApiDocumentSchema } from '../testing/openapi-document';
import { readBody, readList, readProblem } from '../testing/read-body';
import { createTestApp, type TestApp } from '../testing/test-app';

const ihk = 'berater@ihk.example';
const jobcenter = 'team@jobcenter.example';
const rheinStahlHr = 'hr@rhein-stahl.example';

function auditActionsOf(app: TestApp, eventId: string) {
  return app.db
    .select()
    .from(schema.auditLog)
    .where(eq(schema.auditLog.targetId, eventId))
    .all()
    .map((entry) => entry.action);
}

function mailsTo(app: TestApp, to: string) {
  return app.db.select().from(schema.outbox).where(eq(schema.outbox.to, to)).all();
}

describe('[ORGANISER][EVENTS] create, publish, edit, cancel', () => {
  it('creates a draft only the organiser sees, then publishes it for everyone', async () => {
    const app = await createTestApp();
    const organizer = await app.loginAs(ihk);
    const hr = await app.loginAs(rheinStahlHr);
    const response = await app.request('/api/events', { cookie: organizer, body: anEventInput() });
    expect(response.status).toBe(201);
    const draft = await readBody(response, eventSchema);
    expect(draft).toMatchObject({
      status: 'draft',
      organizer: { name: 'Niederrheinische IHK', type: 'ihk' },
      startsAt: '2026-12-10T09:00:00.000Z',
      registrationDeadline: '2026-12-08T17:00:00.000Z',
      targetGroup: 'all_employers',
      seats: { capacity: 20, confirmed: 0, waitlisted: 0, free: 20 },
      registrationOpen: false,
      viewer: { isOrganizer: true, canRegister: false },
    });

    expect((await app.request(`/api/events/${draft.id}`, { cookie: hr })).status).toBe(404);
    const browse = await readList(await app.request('/api/events', { cookie: hr }), eventSchema);
    expect(browse.items.map((e) => e.id)).not.toContain(draft.id);
    const mine = await readList(
      await app.request('/api/events?mine=true', { cookie: organizer }),
      eventSchema,
    );
    expect(mine.items.map((e) => e.id)).toContain(draft.id);

    const published = await app.request(`/api/events/${draft.id}/publish`, {
      method: 'POST',
      cookie: organizer,
    });
    expect(published.status).toBe(200);
    expect(await readBody(published, eventSchema)).toMatchObject({
      status: 'published',
      registrationOpen: true,
    });
    const seen = await app.request(`/api/events/${draft.id}`, { cookie: hr });
    expect(seen.status).toBe(200);
    expect((await readBody(seen, eventSchema)).viewer).toEqual({
      isOrganizer: false,
      canRegister: true,
      confirmed: 0,
      waitlisted: 0,
    });
    const again = await app.request(`/api/events/${draft.id}/publish`, {
      method: 'POST',
      cookie: organizer,
    });
    expect(again.status).toBe(409);
    expect(auditActionsOf(app, draft.id)).toEqual(['event.created', 'event.published']);
  });

  it('lets only organiser roles create, and only their own organisation change an event', async () => {
    const app = await createTestApp();
    const hr = await app.loginAs(rheinStahlHr);
    expect((await app.request('/api/events', { cookie: hr, body: anEventInput() })).status).toBe(
      403,
    );
    const event = await publishTestEvent(app, await app.loginAs(ihk));
    const otherOrganizer = await app.loginAs(jobcenter);
    const organiserRoutes: [string, string, object?][] = [
      ['PATCH', `/api/events/${event.id}`, { capacity: 30 }],
      ['POST', `/api/events/${event.id}/publish`],
      ['POST', `/api/events/${event.id}/cancel`],
      ['GET', `/api/events/${event.id}/participants`],
      ['GET', `/api/events/${event.id}/participants.csv`],
      ['POST', `/api/events/${event.id}/attendance`, { registrationId: 'x', attended: true }],
      ['POST', `/api/events/${event.id}/messages`, { subject: 'Hallo', body: 'Text' }],
    ];
    for (const [method, path, body] of organiserRoutes) {
      const foreign = await app.request(path, { method, cookie: otherOrganizer, body });
      expect(foreign.status, `${method} ${path} by another organiser`).toBe(404);
      const employer = await app.request(path, { method, cookie: hr, body });
      expect(employer.status, `${method} ${path} by an employer`).toBe(403);
    }
    expect((await app.request(`/api/events/${event.id}`)).status).toBe(401);
  });

  it('answers inconsistent input with 400 and field paths, in the caller’s language', async () => {
    const app = await createTestApp();
    const organizer = await app.loginAs('admin@stadt.example');
    const cases: [object, string, RegExp][] = [
      [{ endsAt: '2026-12-10T09:00:00+01:00' }, 'endsAt', /nach dem Beginn/],
      [{ registrationDeadline: '2026-12-10T10:30:00+01:00' }, 'registrationDeadline', /Beginn/],
      [{ format: 'online', onlineUrl: null }, 'onlineUrl', /Link/],
      [{ format: 'hybrid', onlineUrl: 'ftp://x.example' }, 'onlineUrl', /https/],
      [{ location: '' }, 'location', /Adresse/],
      [{ capacity: 1001 }, 'capacity', /1 bis 1000/],
      [{ seatLimitPerOrganization: 21 }, 'seatLimitPerOrganization', /Plätze/],
      [
        {
          startsAt: '2026-11-25T09:00:00+01:00',
          registrationDeadline: '2026-11-25T08:00:00+01:00',
        },
        'startsAt',
        /Vergangenheit/,
      ],
      [
        { registrationDeadline: '2026-11-20T10:00:00+01:00' },
        'registrationDeadline',
        /Vergangenheit/,
      ],
      [{ startsAt: '2026-12-10 10:00' }, 'startsAt', /./],
    ];
    for (const [overrides, path, message] of cases) {
      const response = await app.request('/api/events', {
        cookie: organizer,
        body: anEventInput(overrides),
      });
      expect(response.status, path).toBe(400);
      const problem = await readProblem(response);
      const error = problem.errors?.find((e) => e.path === path);
      expect(error?.message, JSON.stringify(problem.errors)).toMatch(message);
    }
    expect(
      app.db.select().from(schema.events).where(eq(schema.events.status, 'draft')).all(),
    ).toHaveLength(1); // the seeded draft only
  });

  it('edits fields partially, checking the merged event; a time change is announced', async () => {
    const app = await createTestApp();
    const organizer = await app.loginAs(ihk);
    const event = await publishTestEvent(app, organizer);
    await registerOk(app, await app.loginAs(rheinStahlHr), event.id, [attendee('Ute Vogel')]);

    const title = await app.request(`/api/events/${event.id}`, {
      method: 'PATCH',
      cookie: organizer,
      body: { title: 'Neuer Titel', titleEn: null },
    });
    expect(title.status).toBe(200);
    expect(await readBody(title, eventSchema)).toMatchObject({
      title: 'Neuer Titel',
      titleEn: null,
    });
    expect(mailsTo(app, 'ute.vogel@example.org')).toHaveLength(1); // only the confirmation

    const beforeDeadline = await app.request(`/api/events/${event.id}`, {
      method: 'PATCH',
      cookie: organizer,
      body: { startsAt: '2026-12-08T09:00:00+01:00', endsAt: '2026-12-08T11:00:00+01:00' },
    });
    expect(beforeDeadline.status).toBe(400);
    expect((await readProblem(beforeDeadline)).errors?.[0]?.path).toBe('registrationDeadline');

    const moved = await app.request(`/api/events/${event.id}`, {
      method: 'PATCH',
      cookie: organizer,
      body: { startsAt: '2026-12-11T10:00:00+01:00', endsAt: '2026-12-11T12:00:00+01:00' },
    });
    expect(moved.status).toBe(200);
    const notice = mailsTo(app, 'ute.vogel@example.org').find((m) =>
      m.subject.startsWith('Geänderte Angaben'),
    );
    expect(notice?.text).toMatch(/Freitag, 11\. Dezember 2026, 10:00–12:00 Uhr/);
    expect(auditActionsOf(app, event.id)).toContain('event.updated');

    const extra = await app.request(`/api/events/${event.id}`, {
      method: 'PATCH',
      cookie: organizer,
      body: { status: 'cancelled' },
    });
    expect(extra.status).toBe(400);
  });

  it('refuses fewer seats than are confirmed, and promotes the waiting list on more', async () => {
    const app = await createTestApp();
    const organizer = await app.loginAs(ihk);
    const event = await publishTestEvent(app, organizer, { capacity: 2 });
    const hr = await app.loginAs(rheinStahlHr);
    const names = ['Anna Berg', 'Bernd Ost', 'Clara West', 'Dirk Lau'];
    await registerOk(app, hr, event.id, names.map(attendee));

    const smaller = await app.request(`/api/events/${event.id}`, {
      method: 'PATCH',
      cookie: organizer,
      body: { capacity: 1 },
    });
    expect(smaller.status).toBe(409);
    // `confirmed` is an extra of this code that the shared problem schema does not name.
    const problem = await readBody(smaller, problemSchema.extend({ confirmed: z.int() }));
    expect(problem).toMatchObject({ code: 'capacity_below_confirmed', confirmed: 2 });
    expect(problem.errors?.[0]?.path).toBe('capacity');

    const larger = await app.request(`/api/events/${event.id}`, {
      method: 'PATCH',
      cookie: organizer,
      body: { capacity: 3 },
    });
    expect(larger.status).toBe(200);
    expect((await readBody(larger, eventSchema)).seats).toEqual({
      capacity: 3,
      confirmed: 3,
      waitlisted: 1,
      free: 0,
    });
    const promoted = mailsTo(app, 'clara.west@example.org').map((m) => m.subject);
    expect(promoted).toEqual([
      'Warteliste: Fachkräfte aus Drittstaaten gewinnen',
      'Platz frei geworden – Anmeldung bestätigt: Fachkräfte aus Drittstaaten gewinnen',
    ]);
  });

  it('cancels with a reason for every participant and refuses changes and registrations after', async () => {
    const app = await createTestApp();
    const organizer = await app.loginAs(ihk);
    const event = await publishTestEvent(app, organizer, { capacity: 1 });
    const hr = await app.loginAs(rheinStahlHr);
    await registerOk(app, hr, event.id, [attendee('Eva Lind'), attendee('Finn Roth')]);
    const cancelled = await app.request(`/api/events/${event.id}/cancel`, {
      cookie: organizer,
      body: { reason: 'Die Referentin ist erkrankt.' },
    });
    expect(cancelled.status).toBe(200);
    expect(await readBody(cancelled, eventSchema)).toMatchObject({
      status: 'cancelled',
      cancellationReason: 'Die Referentin ist erkrankt.',
      registrationOpen: false,
    });
    for (const to of ['eva.lind@example.org', 'finn.roth@example.org']) {
      const notice = mailsTo(app, to).find((m) => m.subject.startsWith('Abgesagt'));
      expect(notice?.text, to).toMatch(/Begründung: Die Referentin ist erkrankt\./);
    }
    const late = await registerForEvent(app, hr, event.id, [attendee('Gina Hahn')]);
    expect(late.status).toBe(409);
    expect(await readProblem(late)).toMatchObject({ code: 'event_cancelled' });
    const edit = await app.request(`/api/events/${event.id}`, {
      method: 'PATCH',
      cookie: organizer,
      body: { capacity: 5 },
    });
    expect((await readProblem(edit)).code).toBe('event_cancelled');
    // Participants still find the cancelled event among their registrations.
    const registered = await readList(
      await app.request('/api/events?registered=true', { cookie: hr }),
      eventSchema,
    );
    expect(registered.items).toContainEqual(
      expect.objectContaining({ id: event.id, status: 'cancelled' }),
    );
  });

  it('cancels without a body, and not once the event has begun', async () => {
    const app = await createTestApp();
    const organizer = await app.loginAs(ihk);
    const first = await publishTestEvent(app, organizer);
    const plain = await app.request(`/api/events/${first.id}/cancel`, {
      method: 'POST',
      cookie: organizer,
    });
    expect(plain.status).toBe(200);
    const second = await publishTestEvent(app, organizer);
    app.clock.set(new Date('2026-12-10T09:30:00Z'));
    const begun = await app.request(`/api/events/${second.id}/cancel`, {
      method: 'POST',
      cookie: await app.loginAs(ihk),
    });
    expect(begun.status).toBe(409);
    expect((await readProblem(begun)).code).toBe('event_started');
  });
});

describe('[ALL][EVENTS] browsing', () => {
  it('filters by topic, format, language and time span, soonest first with a cursor', async () => {
    const app = await createTestApp();
    const organizer = await app.loginAs('sachbearbeitung@stadt.example');
    const hr = await app.loginAs(rheinStahlHr);
    const online = await publishTestEvent(app, organizer, {
      title: 'Online-Sprechstunde',
      format: 'online',
      language: 'en',
      topics: ['onboarding'],
      location: null,
      onlineUrl: 'https://meet.example.org/sprechstunde',
      startsAt: '2027-01-14T10:00:00+01:00',
      endsAt: '2027-01-14T11:00:00+01:00',
      registrationDeadline: '2027-01-13T10:00:00+01:00',
    });
    const titles = async (query: string) => {
      const response = await app.request(`/api/events?${query}`, { cookie: hr });
      expect(response.status, query).toBe(200);
      return (await readList(response, eventSchema)).items.map((e) => e.title);
    };
    expect(await titles('topic=onboarding')).toEqual([
      'Integration und Onboarding internationaler Fachkräfte',
      'Online-Sprechstunde',
    ]);
    expect(await titles('format=online&language=en')).toEqual(['Online-Sprechstunde']);
    expect(
      await titles(
        `from=${encodeURIComponent('2027-01-01T00:00:00+01:00')}&to=2027-02-01T00:00:00Z`,
      ),
    ).toEqual(['Online-Sprechstunde']);
    expect(await titles('from=2026-11-01T00:00:00Z&topic=blue_card')).toEqual([
      'Die Blaue Karte EU in der Praxis',
    ]);
    expect((await app.request('/api/events?topic=cooking', { cookie: hr })).status).toBe(400);

    const all = await titles('limit=100');
    const first = await readList(
      await app.request('/api/events?limit=2', { cookie: hr }),
      eventSchema,
    );
    const rest = await readList(
      await app.request(`/api/events?limit=100&cursor=${first.nextCursor}`, { cookie: hr }),
      eventSchema,
    );
    expect([...first.items, ...rest.items].map((e) => e.title)).toEqual(all);
    expect(all.at(-1)).toBe('Online-Sprechstunde');
    expect(online.onlineUrl).toBe('https://meet.example.org/sprechstunde');
    const browsed = await readBody(
      await app.request(`/api/events/${online.id}`, { cookie: hr }),
      eventSchema,
    );
    expect(browsed.onlineUrl).toBeNull();
  });

  it('documents every event route in the OpenAPI document', async () => {
    const app = await createTestApp();
    const doc = await readBody(await app.request('/api/openapi.json'), openApiDocumentSchema);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/events',
        '/api/events/{id}',
        '/api/events/{id}/publish',
        '/api/events/{id}/cancel',
        '/api/events/{id}/calendar.ics',
        '/api/events/{id}/registrations',
        '/api/events/{id}/registrations/mine',
        '/api/events/{id}/registrations/{registrationId}',
        '/api/events/{id}/participants',
        '/api/events/{id}/participants.csv',
        '/api/events/{id}/attendance',
        '/api/events/{id}/messages',
      ]),
    );
  });
});
