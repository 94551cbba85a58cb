import { registrationBlock } from '@itc/shared';
import { AppError } from '../../lib/app-error';
import type { EventRow } from '../event-access.queries';

/** 409 `event_cancelled` for cancelled events, `event_closed` after the deadline or the start. */
export function assertRegistrationOpen(event: EventRow, now: Date): void {
  const block = registrationBlock(event, now);
  switch (block) {
    case null:
      return;
    case 'cancelled':
      throw new AppError('event_cancelled', {
        detail: 'This event has been cancelled; it takes no registrations.',
      });
    case 'started':
      throw new AppError('event_closed', { detail: 'The event has already begun.' });
    case 'deadline_passed':
      throw new AppError('event_closed', { detail: 'The registration deadline has passed.' });
    case 'not_published':
      throw new AppError('event_closed', { detail: 'The event has not been published yet.' });
    default: {
      const unreachable: never = block;
      throw new Error(`unknown registration block ${unreachable}`);
    }
  }
}
