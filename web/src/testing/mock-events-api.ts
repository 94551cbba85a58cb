import {
  type CurrentUser,
  createEventSchema,
  type ErrorCode,
  type Event,
  type EventParticipant,
  eventFieldIssues,
  eventParticipantSchema,
  eventSchema,
  type FieldError,
  isEventOrganizerRole,
  messageParticipantsSchema,
  normalizeSearchText,
  recordAttendanceSchema,
  registerAttendeesSchema,
  updateEventSchema,
} from '@itc/shared';
import { HttpResponse, http } from 'msw';
import type { z } from 'zod';
import {
  cityEvent,
  ihkEvent,
  ihkRegistrations,
  type StoredEvent,
  type StoredRegistration,
} from './event-fixtures';
import { cityOrganization, ihkOrganization, summaryOf, verifiedEmployer } from './fixtures';
import { jobcenterOrganization } from './hire-fixtures';
import { testClock } from './test-clock';

/** The events part of the mock API; the session and helpers come from mock-api.ts. */
type Deps = {
  session: () => CurrentUser | null;
  problem: (status: number, code: ErrorCode, options?: { errors?: FieldError[] }) => Response;
  record: (request: Request) => Promise<unknown>;
};

const organizations = [ihkOrganization, cityOrganization, jobcenterOrganization, verifiedEmployer];

const state = {
  events: [] as StoredEvent[],
  registrations: [] as StoredRegistration[],
  messages: [] as { eventId: string; subject: string; body: string }[],
  nextId: 1,
};

export function resetMockEvents(): void {
  state.events = [ihkEvent, cityEvent].map((event) => ({ ...event }));
  state.registrations = ihkRegistrations.map((registration) => ({ ...registration }));
  state.messages = [];
  state.nextId = 1;
}

export function getMockEvents() {
  return state;
}

function nowIso() {
  return testClock.now().toISOString();
}

function activeOf(eventId: string) {
  return state.registrations.filter((r) => r.eventId === eventId && r.status !== 'cancelled');
}

function seatsOf(event: StoredEvent) {
  const registrations = activeOf(event.id);
  const confirmed =
    event.otherConfirmed + registrations.filter((r) => r.status === 'confirmed').length;
  const waitlisted = registrations.filter((r) => r.status === 'waitlisted').length;
  return {
    capacity: event.capacity,
    confirmed,
    waitlisted,
    free: Math.max(0, event.capacity - confirmed),
  };
}

function isOrganizer(session: CurrentUser, event: StoredEvent) {
  return isEventOrganizerRole(session.role) && session.organization.id === event.organizerId;
}

function isOpen(event: StoredEvent) {
  const now = testClock.now().getTime();
  return (
    event.status === 'published' &&
    now < Date.parse(event.startsAt) &&
    now < Date.parse(event.registrationDeadline)
  );
}

function toEvent(event: StoredEvent, session: CurrentUser): Event {
  const organizer = organizations.find((o) => o.id === event.organizerId)!;
  const own = activeOf(event.id).filter((r) => r.organization.id === session.organization.id);
  const ownConfirmed = own.filter((r) => r.status === 'confirmed').length;
  const organizing = isOrganizer(session, event);
  const open = isOpen(event);
  const { id, status, title, titleEn, description, descriptionEn, topics, targetGroup } = event;
  return eventSchema.parse({
    id,
    organizer: summaryOf(organizer),
    status,
    title,
    titleEn,
    description,
    descriptionEn,
    topics,
    targetGroup,
    format: event.format,
    language: event.language,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    registrationDeadline: event.registrationDeadline,
    location: event.location,
    room: event.room,
    onlineUrl: organizing || ownConfirmed > 0 ? event.onlineUrl : null,
    seatLimitPerOrganization: event.seatLimitPerOrganization,
    seats: seatsOf(event),
    registrationOpen: open,
    viewer: {
      isOrganizer: organizing,
      canRegister: !organizing && open,
      confirmed: ownConfirmed,
      waitlisted: own.length - ownConfirmed,
    },
    publishedAt: event.publishedAt,
    cancelledAt: event.cancelledAt,
    cancellationReason: event.cancellationReason,
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
  });
}

function toParticipant(registration: StoredRegistration): EventParticipant {
  const waitlisted = activeOf(registration.eventId).filter((r) => r.status === 'waitlisted');
  return eventParticipantSchema.parse({
    ...registration,
    waitlistPosition:
      registration.status === 'waitlisted'
        ? waitlisted.findIndex((r) => r.id === registration.id) + 1
        : null,
  });
}

function paginate<T>(items: T[], url: URL) {
  const limit = Number(url.searchParams.get('limit') ?? 20);
  const start = Number(url.searchParams.get('cursor') ?? 0);
  const next = start + limit < items.length ? String(start + limit) : null;
  return { items: items.slice(start, start + limit), nextCursor: next };
}

function toIso(value: string) {
  return new Date(value).toISOString();
}

export function createEventHandlers({ session, problem, record }: Deps) {
  const validationProblem = (error: z.ZodError) =>
    problem(400, 'validation_failed', {
      errors: error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      })),
    });

  /** The event the session may see, or the problem to answer. */
  const findVisible = (id: string) => {
    const user = session();
    if (!user) return { denied: problem(401, 'unauthenticated') };
    const event = state.events.find((e) => e.id === id);
    if (!event || (event.status === 'draft' && !isOrganizer(user, event))) {
      return { denied: problem(404, 'not_found') };
    }
    return { user, event };
  };

  const findOrganized = (id: string) => {
    const user = session();
    if (!user) return { denied: problem(401, 'unauthenticated') };
    if (!isEventOrganizerRole(user.role)) return { denied: problem(403, 'forbidden') };
    const event = state.events.find((e) => e.id === id);
    if (!event || !isOrganizer(user, event)) return { denied: problem(404, 'not_found') };
    return { user, event };
  };

  const replace = (event: StoredEvent) => {
    state.events = state.events.map((e) => (e.id === event.id ? event : e));
  };

  return [
    http.get('/api/events', ({ request }) => {
      const user = session();
      if (!user) return problem(401, 'unauthenticated');
      const url = new URL(request.url);
      const param = (name: string) => url.searchParams.get(name);
      const mine = param('mine') === 'true';
      const from = param('from') ? toIso(param('from')!) : nowIso();
      const to = param('to') ? toIso(param('to')!) : null;
      const items = state.events
        .filter((e) => (mine ? e.organizerId === user.organization.id : e.status === 'published'))
        .filter((e) => !param('topic') || e.topics.includes(param('topic') as never))
        .filter((e) => !param('format') || e.format === param('format'))
        .filter((e) => !param('language') || e.language === param('language'))
        .filter((e) => toIso(e.endsAt) > from && (!to || toIso(e.startsAt) < to))
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
        .map((e) => toEvent(e, user));
      return HttpResponse.json(paginate(items, url));
    }),

    http.post('/api/events', async ({ request }) => {
      const user = session();
      if (!user) return problem(401, 'unauthenticated');
      if (!isEventOrganizerRole(user.role)) return problem(403, 'forbidden');
      const parsed = createEventSchema.safeParse(await record(request));
      if (!parsed.success) return validationProblem(parsed.error);
      state.nextId += 1;
      const event: StoredEvent = {
        titleEn: null,
        descriptionEn: null,
        targetGroup: 'all_employers',
        location: null,
        room: null,
        onlineUrl: null,
        seatLimitPerOrganization: null,
        ...parsed.data,
        id: `event-new-${state.nextId}`,
        organizerId: user.organization.id,
        status: 'draft',
        otherConfirmed: 0,
        publishedAt: null,
        cancelledAt: null,
        cancellationReason: null,
        createdAt: nowIso(),
        updatedAt: nowIso(),
      } as StoredEvent;
      state.events.push(event);
      return HttpResponse.json(toEvent(event, user), { status: 201 });
    }),

    http.get('/api/events/:id', ({ params }) => {
      const found = findVisible(String(params.id));
      if (found.denied) return found.denied;
      return HttpResponse.json(toEvent(found.event, found.user));
    }),

    http.patch('/api/events/:id', async ({ params, request }) => {
      const found = findOrganized(String(params.id));
      if (found.denied) return found.denied;
      const parsed = updateEventSchema.safeParse(await record(request));
      if (!parsed.success) return validationProblem(parsed.error);
      const merged = { ...found.event, ...parsed.data, updatedAt: nowIso() } as StoredEvent;
      const issues = eventFieldIssues(merged);
      if (issues.length > 0) {
        return problem(400, 'validation_failed', {
          errors: issues.map((issue) => ({ path: issue.path, message: issue.message })),
        });
      }
      replace(merged);
      return HttpResponse.json(toEvent(merged, found.user));
    }),

    http.post('/api/events/:id/publish', async ({ params, request }) => {
      await record(request);
      const found = findOrganized(String(params.id));
      if (found.denied) return found.denied;
      if (found.event.status === 'cancelled') return problem(409, 'event_cancelled');
      if (found.event.status !== 'draft') return problem(409, 'event_already_published');
      const published = { ...found.event, status: 'published' as const, publishedAt: nowIso() };
      replace(published);
      return HttpResponse.json(toEvent(published, found.user));
    }),

    http.post('/api/events/:id/cancel', async ({ params, request }) => {
      const body = (await record(request)) as { reason?: string } | undefined;
      const found = findOrganized(String(params.id));
      if (found.denied) return found.denied;
      if (found.event.status === 'cancelled') return problem(409, 'event_cancelled');
      const cancelled = {
        ...found.event,
        status: 'cancelled' as const,
        cancelledAt: nowIso(),
        cancellationReason: body?.reason ?? null,
      };
      replace(cancelled);
      return HttpResponse.json(toEvent(cancelled, found.user));
    }),

    http.post('/api/events/:id/registrations', async ({ params, request }) => {
      const found = findVisible(String(params.id));
      if (found.denied) return found.denied;
      const { user, event } = found;
      const parsed = registerAttendeesSchema.safeParse(await record(request));
      if (!parsed.success) return validationProblem(parsed.error);
      if (event.status === 'cancelled') return problem(409, 'event_cancelled');
      if (!isOpen(event)) return problem(409, 'event_closed');
      const taken = new Set(activeOf(event.id).map((r) => r.email));
      if (parsed.data.attendees.some((a) => taken.has(a.email))) {
        return problem(409, 'already_registered');
      }
      const created = parsed.data.attendees.map((attendee) => {
        const seats = seatsOf(event);
        const ownConfirmed = activeOf(event.id).filter(
          (r) => r.organization.id === user.organization.id && r.status === 'confirmed',
        ).length;
        const underLimit =
          event.seatLimitPerOrganization === null || ownConfirmed < event.seatLimitPerOrganization;
        state.nextId += 1;
        const registration: StoredRegistration = {
          id: `reg-new-${state.nextId}`,
          eventId: event.id,
          name: attendee.name,
          email: attendee.email,
          note: attendee.note ?? null,
          status: seats.free > 0 && underLimit ? 'confirmed' : 'waitlisted',
          waitlistPosition: null,
          organization: user.organization,
          registeredByName: user.name,
          registeredAt: nowIso(),
          cancelledAt: null,
          attended: null,
          attendanceRecordedAt: null,
        };
        state.registrations.push(registration);
        return registration;
      });
      return HttpResponse.json(
        {
          registrations: created.map((r) => {
            const { attended: _a, attendanceRecordedAt: _at, ...registration } = toParticipant(r);
            return registration;
          }),
          seats: seatsOf(event),
        },
        { status: 201 },
      );
    }),

    http.get('/api/events/:id/registrations/mine', ({ params, request }) => {
      const found = findVisible(String(params.id));
      if (found.denied) return found.denied;
      const items = state.registrations
        .filter((r) => r.eventId === found.event.id)
        .filter((r) => r.organization.id === found.user.organization.id)
        .map((r) => {
          const { attended: _a, attendanceRecordedAt: _at, ...registration } = toParticipant(r);
          return registration;
        });
      return HttpResponse.json(paginate(items, new URL(request.url)));
    }),

    http.delete('/api/events/:id/registrations/:registrationId', async ({ params, request }) => {
      await record(request);
      const found = findVisible(String(params.id));
      if (found.denied) return found.denied;
      const registration = state.registrations.find(
        (r) =>
          r.id === params.registrationId &&
          r.eventId === found.event.id &&
          (r.organization.id === found.user.organization.id ||
            isOrganizer(found.user, found.event)),
      );
      if (!registration) return problem(404, 'not_found');
      if (registration.status === 'cancelled')
        return problem(409, 'registration_already_cancelled');
      const wasConfirmed = registration.status === 'confirmed';
      registration.status = 'cancelled';
      registration.cancelledAt = nowIso();
      const next = activeOf(found.event.id).find((r) => r.status === 'waitlisted');
      if (wasConfirmed && next) next.status = 'confirmed';
      return new HttpResponse(null, { status: 204 });
    }),

    http.get('/api/events/:id/participants', ({ params, request }) => {
      const found = findOrganized(String(params.id));
      if (found.denied) return found.denied;
      const url = new URL(request.url);
      const q = normalizeSearchText(url.searchParams.get('q') ?? '');
      const status = url.searchParams.get('status');
      const items = state.registrations
        .filter((r) => r.eventId === found.event.id)
        .filter((r) => !status || r.status === status)
        .filter(
          (r) =>
            !q || normalizeSearchText(`${r.name} ${r.email} ${r.organization.name}`).includes(q),
        )
        .map(toParticipant);
      return HttpResponse.json(paginate(items, url));
    }),

    http.post('/api/events/:id/attendance', async ({ params, request }) => {
      const found = findOrganized(String(params.id));
      if (found.denied) return found.denied;
      const parsed = recordAttendanceSchema.safeParse(await record(request));
      if (!parsed.success) return validationProblem(parsed.error);
      const registration = state.registrations.find(
        (r) => r.id === parsed.data.registrationId && r.eventId === found.event.id,
      );
      if (!registration) return problem(404, 'not_found');
      if (registration.status !== 'confirmed') return problem(409, 'registration_not_confirmed');
      registration.attended = parsed.data.attended;
      registration.attendanceRecordedAt = nowIso();
      return HttpResponse.json(toParticipant(registration));
    }),

    http.post('/api/events/:id/messages', async ({ params, request }) => {
      const found = findOrganized(String(params.id));
      if (found.denied) return found.denied;
      const parsed = messageParticipantsSchema.safeParse(await record(request));
      if (!parsed.success) return validationProblem(parsed.error);
      state.messages.push({ eventId: found.event.id, ...parsed.data });
      return HttpResponse.json({ recipients: activeOf(found.event.id).length }, { status: 202 });
    }),
  ];
}
