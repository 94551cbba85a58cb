import { type Db, schema } from '@itc/db';
import type { EventSeats } from '@itc/shared';
import { and, count, eq, ne } from 'drizzle-orm';

const registrations = schema.eventRegistrations;

/** Confirmed seats per registering organisation: the input of every seat decision. */
export function confirmedByOrganization(
  db: Pick<Db, 'select'>,
  eventId: string,
): Map<string, number> {
  const rows = db
    .select({ organizationId: registrations.organizationId, n: count() })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, 'confirmed')))
    .groupBy(registrations.organizationId)
    .all();
  return new Map(rows.map((row) => [row.organizationId, row.n]));
}

export function toSeats(capacity: number, confirmed: number, waitlisted: number): EventSeats {
  return { capacity, confirmed, waitlisted, free: Math.max(0, capacity - confirmed) };
}

export function countSeats(
  db: Pick<Db, 'select'>,
  event: { id: string; capacity: number },
): EventSeats {
  const rows = db
    .select({ status: registrations.status, n: count() })
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), ne(registrations.status, 'cancelled')))
    .groupBy(registrations.status)
    .all();
  const of = (status: string) => rows.find((row) => row.status === status)?.n ?? 0;
  return toSeats(event.capacity, of('confirmed'), of('waitlisted'));
}
