import { schema } from '@itc/db';
import {
  checkInOpensAt,
  eventParticipantSchema,
  messageParticipantsResponseSchema,
} from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { publishTestEvent, registerOk } from '../../testing/event-input';
import { readBody, readList, readProblem } from '../../testing/read-body';
import { createTestApp } from '../../testing/test-app';

const ihk = 'berater@ihk.example';

/** An IHK event of two seats: Rhein-Stahl holds both, Pflegedienst Ruhr waits. */
async function eventWithParticipants() {
  const app = await createTestApp();
  const organizer = await app.loginAs(ihk);
  const event = await publishTestEvent(app, organizer, { capacity: 2 });
  const hr = await app.loginAs('hr@rhein-stahl.example');
  const [first] = await registerOk(app, hr, event.id, [
    {
      name: 'Jürgen Müller',
      email: 'j.mueller@rhein-stahl.example',
      note: 'Bringt "Fragen"; viele',
    },
    { name: '=HYPERLINK("x")', email: 'formel@rhein-stahl.example' },
  ]);
  const [waiting] = await registerOk(app, await app.loginAs('hr@pflege-ruhr.example'), event.id, [
    { name: 'Zoë Çelik', email: 'zoe.celik@pflege-ruhr.example' },
  ]);
  return { app, organizer, event, first: first!, waiting: waiting! };
}

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Moves the clock to the event's days; the organiser signs in again, as the session has lapsed. */
async function organizerAt(app: TestApp, at: Date): Promise<string> {
  app.clock.set(at);
  return app.loginAs(ihk);
}

describe('[ORGANISER][EVENTS] participants and check-in', () => {
  it('lists everyone in accepted order and finds people without regard to accents', async () => {
    const { app, organizer, event } = await eventWithParticipants();
    const names = async (query = '') => {
      const response = await app.request(`/api/events/${event.id}/participants${query}`, {
        cookie: organizer,
      });
      expect(response.status, query).toBe(200);
      return (await readList(response, eventParticipantSchema)).items.map((p) => p.name);
    };
    expect(await names()).toEqual(['Jürgen Müller', '=HYPERLINK("x")', 'Zoë Çelik']);
    expect(await names('?q=muller')).toEqual(['Jürgen Müller']);
    expect(await names('?q=PFLEGEDIENST')).toEqual(['Zoë Çelik']);
    expect(await names('?q=zoe%20c')).toEqual(['Zoë Çelik']);
    expect(await names('?status=waitlisted')).toEqual(['Zoë Çelik']);
    const page = await readList(
      await app.request(`/api/events/${event.id}/participants?limit=2`, { cookie: organizer }),
      eventParticipantSchema,
    );
    expect(page.items[0]).toMatchObject({
      email: 'j.mueller@rhein-stahl.example',
      status: 'confirmed',
      attended: null,
      organization: { name: 'Rhein-Stahl GmbH' },
    });
    const next = await readList(
      await app.request(`/api/events/${event.id}/participants?cursor=${page.nextCursor}`, {
        cookie: organizer,
      }),
      eventParticipantSchema,
    );
    expect(next.items.map((p) => p.name)).toEqual(['Zoë Çelik']);
  });

  it('opens check-in at midnight in Duisburg on the day before the event', async () => {
    const { app, event, first } = await eventWithParticipants();
    const organizer = await organizerAt(app, new Date(Date.parse(checkInOpensAt(event)) - 1000));
    const checkIn = () =>
      app.request(`/api/events/${event.id}/attendance`, {
        cookie: organizer,
        body: { registrationId: first.id, attended: true },
      });
    const early = await checkIn();
    expect(early.status).toBe(409);
    expect(await readProblem(early)).toMatchObject({
      detail: expect.stringContaining('day before'),
    });
    app.clock.set(new Date(checkInOpensAt(event)));
    expect((await checkIn()).status).toBe(200);
  });

  it('records attendance for confirmed participants only', async () => {
    const { app, event, first, waiting } = await eventWithParticipants();
    const organizer = await organizerAt(app, new Date(event.startsAt));
    const checkIn = (registrationId: string, attended: boolean) =>
      app.request(`/api/events/${event.id}/attendance`, {
        cookie: organizer,
        body: { registrationId, attended },
      });
    const response = await checkIn(first.id, true);
    expect(response.status).toBe(200);
    expect(await readBody(response, eventParticipantSchema)).toMatchObject({
      id: first.id,
      attended: true,
      attendanceRecordedAt: app.clock.now().toISOString(),
    });
    expect((await readBody(await checkIn(first.id, false), eventParticipantSchema)).attended).toBe(
      false,
    );
    expect((await checkIn(waiting.id, true)).status).toBe(409);
    expect((await checkIn('unknown', true)).status).toBe(404);
    const audit = app.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.targetId, event.id))
      .all();
    expect(audit.filter((a) => a.action === 'event.attendance_recorded')).toHaveLength(2);
  });

  it('exports a CSV that German Excel opens: BOM, semicolons, German dates, umlauts', async () => {
    const { app, event, first } = await eventWithParticipants();
    const organizer = await organizerAt(app, new Date(event.startsAt));
    await app.request(`/api/events/${event.id}/attendance`, {
      cookie: organizer,
      body: { registrationId: first.id, attended: true },
    });
    const response = await app.request(`/api/events/${event.id}/participants.csv`, {
      cookie: organizer,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Teilnehmende 2026-12-10 .*\.csv"; filename\*=UTF-8''Teilnehmende/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines).toEqual([
      'Name;E-Mail;Organisation;Status;Wartelistenplatz;Angemeldet am;Angemeldet von;Anmerkung;Anwesend',
      'Jürgen Müller;j.mueller@rhein-stahl.example;Rhein-Stahl GmbH;Bestätigt;;25.11.2026 10:00;Sabine Krüger;"Bringt ""Fragen""; viele";ja',
      `"'=HYPERLINK(""x"")";formel@rhein-stahl.example;Rhein-Stahl GmbH;Bestätigt;;25.11.2026 10:00;Sabine Krüger;;`,
      'Zoë Çelik;zoe.celik@pflege-ruhr.example;Pflegedienst Ruhr gGmbH;Warteliste;1;25.11.2026 10:00;Mehmet Yılmaz;;',
      '',
    ]);
    const audit = app.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.targetId, event.id))
      .all();
    expect(audit.at(-1)).toMatchObject({
      action: 'event.participants_exported',
      after: { rows: 3 },
    });
  });

  it('sends a message to every confirmed and waitlisted participant through the outbox', async () => {
    const { app, organizer, event, first } = await eventWithParticipants();
    await app.request(`/api/events/${event.id}/registrations/${first.id}`, {
      method: 'DELETE',
      cookie: organizer,
    });
    const response = await app.request(`/api/events/${event.id}/messages`, {
      cookie: organizer,
      body: { subject: 'Raumänderung', body: 'Wir treffen uns im Saal Rhein.' },
    });
    expect(response.status).toBe(202);
    expect(await readBody(response, messageParticipantsResponseSchema)).toEqual({ recipients: 2 });
    const messages = app.db
      .select()
      .from(schema.outbox)
      .all()
      .filter((mail) => mail.subject.startsWith('Raumänderung'));
    expect(messages.map((mail) => mail.to).sort()).toEqual([
      'formel@rhein-stahl.example',
      'zoe.celik@pflege-ruhr.example',
    ]);
    expect(messages[0]?.subject).toBe('Raumänderung – Fachkräfte aus Drittstaaten gewinnen');
    expect(messages[0]?.text).toContain('Wir treffen uns im Saal Rhein.');
    const empty = await app.request(`/api/events/${event.id}/messages`, {
      cookie: organizer,
      body: { subject: ' ', body: 'x' },
    });
    expect(empty.status).toBe(400);
  });
});
