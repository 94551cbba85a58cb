import type { EventStatus } from './event-codes';

type EventTimes = { status: EventStatus; startsAt: string; registrationDeadline: string };

/** Why nobody can register right now; `null` while registration is open. */
export type RegistrationBlock = 'not_published' | 'cancelled' | 'started' | 'deadline_passed';

export function hasEventStarted(event: Pick<EventTimes, 'startsAt'>, now: Date): boolean {
  return now.getTime() >= Date.parse(event.startsAt);
}

/** Registration is open for published events until the deadline and never once they begin. */
export function registrationBlock(event: EventTimes, now: Date): RegistrationBlock | null {
  switch (event.status) {
    case 'draft':
      return 'not_published';
    case 'cancelled':
      return 'cancelled';
    case 'published':
      break;
    default: {
      const unreachable: never = event.status;
      return unreachable;
    }
  }
  if (hasEventStarted(event, now)) return 'started';
  if (now.getTime() >= Date.parse(event.registrationDeadline)) return 'deadline_passed';
  return null;
}

export function isRegistrationOpen(event: EventTimes, now: Date): boolean {
  return registrationBlock(event, now) === null;
}
