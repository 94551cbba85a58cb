import type { Db } from '@itc/db';
import type { Logger } from 'pino';
import type { Clock } from '../../lib/clock';
import type { LinkTo } from '../../mail/link-to';
import { queueDueReminders } from './event-reminders.service';

export type ReminderScheduler = {
  /** One pass: queues the reminders that are due now; returns how many. */
  runOnce(): number;
  /** Runs at once (catching up after downtime) and then every `intervalMs`. */
  start(intervalMs?: number): void;
  stop(): void;
};

/**
 * Schedules event reminders in-process. It keeps no state of its own: what is due is read from
 * the events and what was queued from the outbox's dedupe keys, so a restart neither loses nor
 * repeats a reminder. Delivery, with retries, is the mail dispatcher's job.
 */
export function createReminderScheduler(options: {
  db: Db;
  clock: Clock;
  logger: Logger;
  linkTo: LinkTo;
}): ReminderScheduler {
  const { db, clock, logger, linkTo } = options;
  let timer: NodeJS.Timeout | null = null;

  function runOnce(): number {
    const queued = queueDueReminders({ db, now: clock.now(), linkTo });
    if (queued > 0) logger.info({ queued }, 'event reminders queued');
    return queued;
  }

  function runLogged(): void {
    try {
      runOnce();
    } catch (error) {
      logger.error({ err: error }, 'queueing event reminders failed');
    }
  }

  return {
    runOnce,
    start(intervalMs = 60_000) {
      if (timer) return;
      runLogged();
      timer = setInterval(runLogged, intervalMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
