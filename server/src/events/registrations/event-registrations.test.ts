import { schema } from '@itc/db';
import { eventRegistrationSchema, eventSchema, registerAttendeesResponseSchema } from '@itc/shared';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  attendee,
  publishTestEvent,
  registerForEvent,
  registerOk,
} from '../../testing/event-input';
import { readBody, readList, readProblem } from '../../testing/read-body';
import { createTestApp, type TestApp } from '../../testing/test-app';

const ihk = 'berater@ihk.example';
const rheinStahlHr = 'hr@rhein-stahl.example';
const pflegeHr = 'hr@pflege-ruhr.example';

function mailsTo(app: TestApp, to: string) {
  return app.db.select().from(schema.outbox).where(eq(schema.outbox.to, to)).all();
}

function rowCount(app: TestApp, table: typeof schema.eventRegistrations | typeof schema.outbox) {
  return app.db.select({ n: count() }).from(table).get()?.n ?? 0;
}

async function setUp(overrides: Parameters<typeof publishTestEvent>[2] = {}) {
  const app = await createTestApp();
  const organizer = await app.loginAs(ihk);
  const event = await publishTestEvent(app, organizer, overrides);
  return { app, organizer, event, hr: await app.loginAs(rheinStahlHr) };
}

describe('[HR][EVENTS] registration', () => {
  it('confirms attendees while seats are free and emails each the calendar entry', async () => {
    const { app, event, hr } = await setUp({ capacity: 2 });
    const response = await registerForEvent(app, hr, event.id, [
      { ...attendee('Jörg Haas'), email: 'joerg.haas@rhein-stahl.example', note: 'Rollstuhl' },
      attendee('Petra Schmitz'),
      attendee('Ahmet Kaya'),
    ]);
    expect(response.status).toBe(201);
    const body = await readBody(response, registerAttendeesResponseSchema);
    expect(body.registrations).toEqual([
      expect.objectContaining({
        id: expect.any(String),
        name: 'Jörg Haas',
        note: 'Rollstuhl',
        status: 'confirmed',
        waitlistPosition: null,
        organization: expect.objectContaining({ name: 'Rhein-Stahl GmbH' }),
        registeredByName: 'Sabine Krüger',
      }),
      expect.objectContaining({ name: 'Petra Schmitz', status: 'confirmed' }),
      expect.objectContaining({ name: 'Ahmet Kaya', status: 'waitlisted', waitlistPosition: 1 }),
    ]);
    expect(body.seats).toEqual({ capacity: 2, confirmed: 2, waitlisted: 1, free: 0 });

    const [confirmation] = mailsTo(app, 'joerg.haas@rhein-stahl.example');
    expect(confirmation?.subject).toBe('Anmeldung bestätigt: Fachkräfte aus Drittstaaten gewinnen');
    expect(confirmation?.text).toMatch(/Donnerstag, 10\. Dezember 2026, 10:00–12:00 Uhr/);
    expect(confirmation?.text).toContain(`http://localhost/events/${event.id}`);
    expect(confirmation?.attachments).toEqual([
      expect.objectContaining({
        filename: 'termin.ics',
        contentType: 'text/calendar; charset=utf-8',
      }),
    ]);
    const ics = Buffer.from(confirmation?.attachments?.[0]?.content ?? '', 'base64').toString();
    expect(ics).toMatch(/DTSTART:20261210T090000Z/);
    const [waiting] = mailsTo(app, 'ahmet.kaya@example.org');
    expect(waiting?.subject).toBe('Warteliste: Fachkräfte aus Drittstaaten gewinnen');
    expect(waiting?.text).toMatch(/Platz 1 der Warteliste/);
    expect(waiting?.attachments).toBeNull();

    const seen = await readBody(
      await app.request(`/api/events/${event.id}`, { cookie: hr }),
      eventSchema,
    );
    // Full, yet open: further registrations join the waiting list.
    expect(seen.viewer).toEqual({
      isOrganizer: false,
      canRegister: true,
      confirmed: 2,
      waitlisted: 1,
    });
  });

  it('writes emails to attendees with an account in their own language', async () => {
    const { app, event } = await setUp();
    const pflege = await app.loginAs(pflegeHr);
    await app.request('/api/auth/me', { method: 'PATCH', cookie: pflege, body: { locale: 'en' } });
    await registerOk(app, await app.loginAs(rheinStahlHr), event.id, [
      { name: 'Mehmet Yılmaz', email: pflegeHr },
      attendee('Nina Roth'),
    ]);
    expect(mailsTo(app, pflegeHr).at(-1)?.subject).toBe(
      'Registration confirmed: Hiring skilled workers from non-EU countries',
    );
    expect(mailsTo(app, 'nina.roth@example.org')[0]?.subject).toMatch(/^Anmeldung bestätigt/);
  });

  it('refuses a person already registered with 409 for the whole request, writing nothing', async () => {
    const { app, event, hr } = await setUp();
    await registerOk(app, hr, event.id, [attendee('Lena Vogt')]);
    const pflege = await app.loginAs(pflegeHr);
    const before = [rowCount(app, schema.eventRegistrations), rowCount(app, schema.outbox)];
    const response = await registerForEvent(app, pflege, event.id, [
      attendee('Tim Berg'),
      { name: 'Lena Vogt', email: ' LENA.VOGT@example.org' },
    ]);
    expect(response.status).toBe(409);
    const problem = await readProblem(response);
    expect(problem).toMatchObject({ code: 'already_registered' });
    expect(problem.detail).toContain('lena.vogt@example.org');
    expect(problem.errors).toEqual([
      {
        path: 'attendees.1.email',
        message: 'Diese Person ist für die Veranstaltung schon angemeldet.',
        code: 'attendee_already_registered',
      },
    ]);
    expect([rowCount(app, schema.eventRegistrations), rowCount(app, schema.outbox)]).toEqual(
      before,
    );

    const twice = await registerForEvent(app, pflege, event.id, [
      attendee('Tim Berg'),
      attendee('Tim Berg'),
    ]);
    expect(twice.status).toBe(400);
    expect((await readProblem(twice)).errors?.[0]?.path).toBe('attendees.1.email');
  });

  it('waitlists attendees beyond the organisation’s seat limit, though seats are free', async () => {
    const { app, event, hr } = await setUp({ capacity: 10, seatLimitPerOrganization: 2 });
    const statuses = (
      await registerOk(app, hr, event.id, ['A Eins', 'B Zwei', 'C Drei'].map(attendee))
    ).map((r) => r.status);
    expect(statuses).toEqual(['confirmed', 'confirmed', 'waitlisted']);
    const pflege = await app.loginAs(pflegeHr);
    expect((await registerOk(app, pflege, event.id, [attendee('D Vier')]))[0]?.status).toBe(
      'confirmed',
    );
  });

  it('closes at the deadline and at the start (409 event_closed) and keeps organisers out', async () => {
    const { app, organizer, event } = await setUp();
    const own = await registerForEvent(app, organizer, event.id, [attendee('Otto Org')]);
    expect(own.status).toBe(403);
    for (const at of ['2026-12-08T17:00:00Z', '2026-12-10T09:00:00Z']) {
      app.clock.set(new Date(at));
      const hr = await app.loginAs(rheinStahlHr);
      const late = await registerForEvent(app, hr, event.id, [attendee('Zu Spaet')]);
      expect(late.status, at).toBe(409);
      expect((await readProblem(late)).code).toBe('event_closed');
    }
  });

  it('lets a pending employer and partner staff of another organiser register', async () => {
    const { app, event } = await setUp();
    for (const email of [
      'hr@neu-logistik.example',
      'team@jobcenter.example',
      'admin@stadt.example',
    ]) {
      const response = await registerForEvent(app, await app.loginAs(email), event.id, [
        attendee(`Gast ${email.split('@')[0]?.replace(/\W/g, '')}`),
      ]);
      expect(response.status, email).toBe(201);
    }
  });
});

describe('[HR][EVENTS] cancelling a registration', () => {
  it('frees the seat for the first in line, who is emailed with the calendar entry', async () => {
    const { app, event, hr } = await setUp({ capacity: 1 });
    const pflege = await app.loginAs(pflegeHr);
    const [seat] = await registerOk(app, hr, event.id, [attendee('Erste Person')]);
    await registerOk(app, pflege, event.id, [attendee('Zweite Person')]);
    await registerOk(app, hr, event.id, [attendee('Dritte Person')]);

    const foreign = await app.request(`/api/events/${event.id}/registrations/${seat?.id}`, {
      method: 'DELETE',
      cookie: pflege,
    });
    expect(foreign.status).toBe(404);
    const cancelled = await app.request(`/api/events/${event.id}/registrations/${seat?.id}`, {
      method: 'DELETE',
      cookie: hr,
    });
    expect(cancelled.status).toBe(204);
    const promoted = mailsTo(app, 'zweite.person@example.org').at(-1);
    expect(promoted?.subject).toMatch(/^Platz frei geworden/);
    expect(promoted?.attachments?.[0]?.filename).toBe('termin.ics');
    expect(mailsTo(app, 'erste.person@example.org').at(-1)?.subject).toMatch(
      /^Anmeldung storniert/,
    );

    const mine = await readList(
      await app.request(`/api/events/${event.id}/registrations/mine`, { cookie: hr }),
      eventRegistrationSchema,
    );
    expect(
      mine.items.map((r: { name: string; status: string; waitlistPosition: number | null }) => [
        r.name,
        r.status,
        r.waitlistPosition,
      ]),
    ).toEqual([
      ['Erste Person', 'cancelled', null],
      ['Dritte Person', 'waitlisted', 1],
    ]);
    const again = await app.request(`/api/events/${event.id}/registrations/${seat?.id}`, {
      method: 'DELETE',
      cookie: hr,
    });
    expect(again.status).toBe(409);
    // A cancelled person may register again, at the end of the line.
    const back = await registerOk(app, hr, event.id, [attendee('Erste Person')]);
    expect(back[0]?.status).toBe('waitlisted');
  });

  it('lets the organiser cancel anyone’s registration, which is audited', async () => {
    const { app, organizer, event, hr } = await setUp();
    const [registration] = await registerOk(app, hr, event.id, [attendee('Karl Kurz')]);
    const response = await app.request(
      `/api/events/${event.id}/registrations/${registration?.id}`,
      {
        method: 'DELETE',
        cookie: organizer,
      },
    );
    expect(response.status).toBe(204);
    const audit = app.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.targetId, event.id))
      .all();
    expect(audit.at(-1)).toMatchObject({ action: 'event.registration_cancelled' });
  });
});

describe('[HR][EVENTS] join link and calendar entry', () => {
  it('shows the join link and the .ics to the organiser and confirmed participants only', async () => {
    const { app, organizer, event, hr } = await setUp({
      format: 'online',
      location: null,
      room: null,
      onlineUrl: 'https://meet.example.org/room-7',
      capacity: 1,
    });
    const pflege = await app.loginAs(pflegeHr);
    await registerOk(app, hr, event.id, [attendee('Vera Voll')]);
    await registerOk(app, pflege, event.id, [attendee('Walter Warte')]);
    const view = async (cookie: string) =>
      (await readBody(await app.request(`/api/events/${event.id}`, { cookie }), eventSchema))
        .onlineUrl;
    expect(await view(organizer)).toBe('https://meet.example.org/room-7');
    expect(await view(hr)).toBe('https://meet.example.org/room-7');
    expect(await view(pflege)).toBeNull();
    expect(mailsTo(app, 'walter.warte@example.org')[0]?.text).not.toContain('room-7');

    const calendar = await app.request(`/api/events/${event.id}/calendar.ics`, { cookie: hr });
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(calendar.headers.get('content-disposition')).toMatch(/^attachment; .*\.ics/);
    const ics = await calendar.text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain(`UID:${event.id}@itc-duisburg`);
    expect(ics).toContain('DTSTART:20261210T090000Z');
    expect(ics).toContain('DTEND:20261210T110000Z');
    expect(ics).toContain('SUMMARY:Fachkräfte aus Drittstaaten gewinnen');
    expect(ics.replace(/\r\n /g, '')).toContain('https://meet.example.org/room-7');
    expect(
      (await app.request(`/api/events/${event.id}/calendar.ics`, { cookie: organizer })).status,
    ).toBe(200);
    expect(
      (await app.request(`/api/events/${event.id}/calendar.ics`, { cookie: pflege })).status,
    ).toBe(403);
  });
});
