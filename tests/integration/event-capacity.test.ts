import { readBody } from '@itc/server/testing/read-body';
import {
  type Event,
  type EventParticipant,
  eventParticipantSchema,
  eventSchema,
  listResponseSchema,
  outboxMessageSchema,
  registerAttendeesResponseSchema,
} from '@itc/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, signInByApi } from '../e2e/support/api-session';
import { type Portal, startPortal } from '../e2e/support/portal';

const capacity = 20;
const requests = 200;
const dayMs = 24 * 60 * 60_000;

let portal: Portal;
let organizer: ApiSession;
let admin: ApiSession;
/** Several employers register at once; the event has no limit per organisation. */
let employers: ApiSession[];

beforeAll(async () => {
  portal = await startPortal();
  const signIn = (email: string) => signInByApi(portal.baseUrl, email);
  [organizer, admin] = await Promise.all([
    signIn('berater@ihk.example'),
    signIn('admin@stadt.example'),
  ]);
  employers = await Promise.all(
    ['hr@rhein-stahl.example', 'hr@pflege-ruhr.example', 'hr@neu-logistik.example'].map(signIn),
  );
});

afterAll(async () => {
  await portal?.close();
});

async function publishEvent(title: string): Promise<Event> {
  const startsAt = Date.now() + 7 * dayMs;
  const draft = await organizer.json(eventSchema, 'POST', '/api/events', {
    title,
    description: 'Lasttest der Platzvergabe.',
    topics: ['accelerated_procedure'],
    format: 'in_person',
    language: 'de',
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(startsAt + 2 * 60 * 60_000).toISOString(),
    registrationDeadline: new Date(startsAt - dayMs).toISOString(),
    location: 'Mercatorstraße 22–24, 47051 Duisburg',
    capacity,
  });
  return organizer.json(eventSchema, 'POST', `/api/events/${draft.id}/publish`);
}

const employerOf = (index: number) => employers[index % employers.length]!;
const emailOf = (index: number) => `teilnehmer.${index}@example.org`;

/** 200 requests at once, one attendee each, over real HTTP. */
async function registerAllAtOnce(eventId: string) {
  const responses = await Promise.all(
    Array.from({ length: requests }, (_, index) =>
      employerOf(index).request('POST', `/api/events/${eventId}/registrations`, {
        attendees: [{ name: `Teilnehmer ${index}`, email: emailOf(index) }],
      }),
    ),
  );
  expect(responses.map((response) => response.status)).toEqual(Array(requests).fill(201));
  const bodies = await Promise.all(
    responses.map((response) => readBody(response, registerAttendeesResponseSchema)),
  );
  return bodies.map((body, index) => ({ index, ...body.registrations[0]! }));
}

/** The organiser's list: every registration in the order the server accepted it. */
async function participantsOf(eventId: string): Promise<EventParticipant[]> {
  const all: EventParticipant[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${cursor}` : '';
    const page = await organizer.json(
      listResponseSchema(eventParticipantSchema),
      'GET',
      `/api/events/${eventId}/participants?limit=100${query}`,
    );
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

async function promotionMailsTo(): Promise<string[]> {
  const recipients: string[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${cursor}` : '';
    const page = await admin.json(
      listResponseSchema(outboxMessageSchema),
      'GET',
      `/api/admin/outbox?limit=100${query}`,
    );
    for (const mail of page.items) {
      if (mail.subject.startsWith('Platz frei geworden')) recipients.push(mail.to);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return recipients;
}

describe('[HR][EVENTS] seats under concurrency (real HTTP)', () => {
  it('confirms exactly 20 of 200 simultaneous registrations and waitlists 180 in accepted order, every time', async () => {
    for (const round of [1, 2, 3]) {
      const event = await publishEvent(`Lasttest ${round}`);
      const results = await registerAllAtOnce(event.id);
      const confirmed = results.filter((r) => r.status === 'confirmed');
      const waitlisted = results.filter((r) => r.status === 'waitlisted');
      expect([confirmed.length, waitlisted.length], `round ${round}`).toEqual([20, 180]);
      expect(waitlisted.map((r) => r.waitlistPosition).sort((a, b) => a! - b!)).toEqual(
        Array.from({ length: 180 }, (_, i) => i + 1),
      );

      // Accepted order: the 20 seats went to the first 20 accepted, then the waiting list
      // follows acceptance exactly, and each answer named the place it was given.
      const accepted = await participantsOf(event.id);
      expect(accepted.map((p) => p.status)).toEqual([
        ...Array(20).fill('confirmed'),
        ...Array(180).fill('waitlisted'),
      ]);
      expect(accepted.slice(20).map((p) => p.waitlistPosition)).toEqual(
        Array.from({ length: 180 }, (_, i) => i + 1),
      );
      const positionOf = new Map(waitlisted.map((r) => [r.id, r.waitlistPosition]));
      expect(accepted.slice(20).map((p) => positionOf.get(p.id))).toEqual(
        Array.from({ length: 180 }, (_, i) => i + 1),
      );
      const seats = (await organizer.json(eventSchema, 'GET', `/api/events/${event.id}`)).seats;
      expect(seats).toEqual({ capacity, confirmed: 20, waitlisted: 180, free: 0 });
    }
  });

  it('promotes exactly the first five waiting, in order, when five seats are cancelled', async () => {
    const event = await publishEvent('Nachrücken');
    const results = await registerAllAtOnce(event.id);
    const byId = new Map(results.map((r) => [r.id, r]));
    const accepted = await participantsOf(event.id);
    const seatHolders = accepted.slice(0, 5);
    const firstWaiting = accepted.slice(20, 25).map((p) => p.email);

    for (const [step, holder] of seatHolders.entries()) {
      const owner = employerOf(byId.get(holder.id)!.index);
      const cancelled = await owner.request(
        'DELETE',
        `/api/events/${event.id}/registrations/${holder.id}`,
      );
      expect(cancelled.status).toBe(204);
      const now = await participantsOf(event.id);
      const confirmed = now.filter((p) => p.status === 'confirmed').map((p) => p.email);
      expect(confirmed).toHaveLength(20);
      expect(confirmed.slice(-(step + 1))).toEqual(firstWaiting.slice(0, step + 1));
    }

    const after = await participantsOf(event.id);
    const waiting = after.filter((p) => p.status === 'waitlisted');
    expect(waiting.map((p) => p.email)).toEqual(accepted.slice(25).map((p) => p.email));
    expect(waiting.map((p) => p.waitlistPosition)).toEqual(
      Array.from({ length: 175 }, (_, i) => i + 1),
    );
    expect((await promotionMailsTo()).sort()).toEqual([...firstWaiting].sort());
  });
});
