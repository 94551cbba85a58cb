import { hasEventStarted } from '@itc/shared';
import { AppError } from '../lib/app-error';
import type { EventRow } from './event-access.queries';

/** Organisers change, publish and cancel events only before they begin and while not cancelled. */
export function assertEventChangeable(event: EventRow, now: Date): void {
  if (event.status === 'cancelled') throw new AppError('event_cancelled');
  if (hasEventStarted(event, now)) throw new AppError('event_started');
}
