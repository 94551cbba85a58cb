import { describe, expect, it } from 'vitest';
import { type CreateEvent, createEventSchema, updateEventSchema } from './event-input.schema';

const valid: CreateEvent = {
  title: 'Anerkennung von Pflegeberufen',
  description: 'Wege zur Berufserlaubnis.',
  topics: ['recognition', 'nursing'],
  format: 'hybrid',
  language: 'de',
  startsAt: '2026-12-10T10:00:00+01:00',
  endsAt: '2026-12-10T12:00:00+01:00',
  registrationDeadline: '2026-12-10T10:00:00+01:00',
  location: 'Schwanenstraße 5–7, Duisburg',
  onlineUrl: 'https://meet.example.org/pflege',
  capacity: 30,
  seatLimitPerOrganization: 5,
};

function messagesOf(input: unknown) {
  const result = createEventSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('event input', () => {
  it('accepts a deadline at the very start and times with any offset', () => {
    expect(messagesOf(valid)).toEqual({});
    expect(messagesOf({ ...valid, startsAt: '2026-12-10T09:00:00Z' })).toEqual({});
  });

  it('holds the times together: end after start, deadline not after start', () => {
    expect(messagesOf({ ...valid, endsAt: valid.startsAt })).toEqual({
      endsAt: 'event_ends_before_start',
    });
    expect(messagesOf({ ...valid, registrationDeadline: '2026-12-10T09:00:01Z' })).toEqual({
      registrationDeadline: 'event_deadline_after_start',
    });
  });

  it('asks for an address on site and an https join link online', () => {
    expect(messagesOf({ ...valid, location: null, onlineUrl: null })).toEqual({
      location: 'event_location_required',
      onlineUrl: 'event_online_url_required',
    });
    expect(messagesOf({ ...valid, format: 'online', location: null })).toEqual({});
    expect(messagesOf({ ...valid, format: 'in_person', onlineUrl: null })).toEqual({});
    expect(messagesOf({ ...valid, onlineUrl: 'http://meet.example.org/x' })).toEqual({
      onlineUrl: 'online_url_https',
    });
  });

  it('keeps capacity within 1 to 1000 and the seat limit within the capacity', () => {
    const unlimited = { ...valid, seatLimitPerOrganization: null };
    expect(messagesOf({ ...unlimited, capacity: 0 })).toEqual({ capacity: 'capacity_range' });
    expect(messagesOf({ ...unlimited, capacity: 2.5 })).toEqual({ capacity: 'capacity_range' });
    expect(messagesOf({ ...unlimited, capacity: 1001 })).toEqual({ capacity: 'capacity_range' });
    expect(messagesOf({ ...valid, seatLimitPerOrganization: 31 })).toEqual({
      seatLimitPerOrganization: 'seat_limit_above_capacity',
    });
  });

  it('refuses unknown fields and topics, and no topic at all', () => {
    expect(messagesOf({ ...valid, price: 10 })).toHaveProperty('');
    expect(messagesOf({ ...valid, topics: ['cooking'] })).toHaveProperty('topics.0');
    expect(messagesOf({ ...valid, topics: [] })).toEqual({ topics: 'topics_required' });
  });

  it('lets a PATCH send any subset, null clearing an optional field', () => {
    expect(updateEventSchema.parse({ capacity: 40, titleEn: null })).toEqual({
      capacity: 40,
      titleEn: null,
    });
    expect(updateEventSchema.safeParse({ status: 'published' }).success).toBe(false);
  });
});
