import { type CreateEvent, eventSchema, registerAttendeesResponseSchema } from '@itc/shared';
import { readBody } from './read-body';
import type { TestApp } from './test-app';

/** An in-person event two weeks after the test clock's start, valid under the create schema. */
export function anEventInput(overrides: Partial<CreateEvent> = {}): CreateEvent {
  return {
    title: 'Fachkräfte aus Drittstaaten gewinnen',
    titleEn: 'Hiring skilled workers from non-EU countries',
    description: 'Überblick über Wege, Fristen und Unterlagen.',
    topics: ['accelerated_procedure', 'blue_card'],
    format: 'in_person',
    language: 'de',
    startsAt: '2026-12-10T10:00:00+01:00',
    endsAt: '2026-12-10T12:00:00+01:00',
    registrationDeadline: '2026-12-08T18:00:00+01:00',
    location: 'Mercatorstraße 22–24, 47051 Duisburg',
    room: 'Saal Ruhr',
    capacity: 20,
    ...overrides,
  };
}

/** Creates and publishes an event through the API as the given organiser; returns its body. */
export async function publishTestEvent(
  app: TestApp,
  organizerCookie: string,
  overrides: Partial<CreateEvent> = {},
) {
  const created = await app.request('/api/events', {
    cookie: organizerCookie,
    body: anEventInput(overrides),
  });
  if (created.status !== 201) {
    throw new Error(`creating the event failed: ${JSON.stringify(await created.json())}`);
  }
  const { id } = await readBody(created, eventSchema);
  const published = await app.request(`/api/events/${id}/publish`, {
    method: 'POST',
    cookie: organizerCookie,
  });
  if (published.status !== 200) throw new Error(`publishing failed: ${published.status}`);
  return readBody(published, eventSchema);
}

/** Registers attendees as the signed-in user; `names` become attendees with example addresses. */
export function registerForEvent(
  app: TestApp,
  cookie: string,
  eventId: string,
  attendees: { name: string; email: string; note?: string }[],
) {
  return app.request(`/api/events/${eventId}/registrations`, { cookie, body: { attendees } });
}

export function attendee(name: string) {
  return { name, email: `${name.toLowerCase().replaceAll(' ', '.')}@example.org` };
}

/** Registers and insists on 201; returns the registrations. */
export async function registerOk(
  app: TestApp,
  cookie: string,
  eventId: string,
  attendees: { name: string; email: string; note?: string }[],
) {
  const response = await registerForEvent(app, cookie, eventId, attendees);
  if (response.status !== 201) {
    throw new Error(`registration failed: ${JSON.stringify(await response.json())}`);
  }
  return (await readBody(response, registerAttendeesResponseSchema)).registrations;
}
