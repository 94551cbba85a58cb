import { berlinLocalToIso } from '../time/german-local-time';
import { berlinWallClock } from '../time/german-time';
import type { EventStatus } from './event-codes';

type CheckInEvent = { status: EventStatus; startsAt: string };

/** Midnight in Duisburg at the start of the day before the event: check-in opens then. */
export function checkInOpensAt(event: Pick<CheckInEvent, 'startsAt'>): string {
  const { date } = berlinWallClock(new Date(event.startsAt));
  const dayBefore = new Date(`${date}T12:00:00Z`);
  dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
  return berlinLocalToIso(`${dayBefore.toISOString().slice(0, 10)}T00:00`);
}

/**
 * Attendance is recorded for published events from the day before (lists are printed, early
 * arrivals at a two-day event) and stays open afterwards, so a wrong tick can be corrected.
 */
export function isCheckInOpen(event: CheckInEvent, now: Date): boolean {
  return event.status === 'published' && now.getTime() >= Date.parse(checkInOpensAt(event));
}
