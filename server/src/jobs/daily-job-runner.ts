import { type Db, schema } from '@itc/db';
import { berlinWallClock } from '@itc/shared';
import { and, eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Clock } from '../lib/clock';

export type DailyJob = {
  name: string;
  /** Returns a short summary without personal data, stored with the run. */
  run(now: Date): Promise<Record<string, number>> | Record<string, number>;
};

export type DailyJobRunner = {
  /** One check: runs each job not yet run today if the hour has come; returns those it ran. */
  runDue(): Promise<string[]>;
  /** Checks at once (catching up after downtime) and then every `intervalMs`. */
  start(intervalMs?: number): void;
  stop(): void;
};

/**
 * Runs each job once per German calendar day, at or after `hour` (Europe/Berlin). A job claims
 * its day with an insert into job_runs that only one caller can win, so neither a restart nor a
 * second process runs it twice; a failed run gives the claim back and is tried at the next check.
 */
export function createDailyJobRunner(options: {
  db: Db;
  clock: Clock;
  logger: Logger;
  hour: number;
  jobs: DailyJob[];
}): DailyJobRunner {
  const { db, clock, logger, hour, jobs } = options;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<string[]> | null = null;

  function claim(job: string, runDay: string, now: Date): boolean {
    const inserted = db
      .insert(schema.jobRuns)
      .values({ job, runDay, startedAt: now.toISOString() })
      .onConflictDoNothing()
      .run();
    return inserted.changes === 1;
  }

  async function runJob(job: DailyJob, runDay: string, now: Date): Promise<boolean> {
    if (!claim(job.name, runDay, now)) return false;
    const where = and(eq(schema.jobRuns.job, job.name), eq(schema.jobRuns.runDay, runDay));
    try {
      const result = await job.run(now);
      db.update(schema.jobRuns)
        .set({ finishedAt: clock.now().toISOString(), result })
        .where(where)
        .run();
      logger.info({ job: job.name, runDay, ...result }, 'daily job finished');
      return true;
    } catch (error) {
      db.delete(schema.jobRuns).where(where).run();
      logger.error({ err: error, job: job.name }, 'daily job failed; retried at the next check');
      return false;
    }
  }

  async function check(): Promise<string[]> {
    const now = clock.now();
    const { date, time } = berlinWallClock(now);
    if (Number(time.slice(0, 2)) < hour) return [];
    const ran: string[] = [];
    for (const job of jobs) {
      if (await runJob(job, date, now)) ran.push(job.name);
    }
    return ran;
  }

  /** One check at a time: a slow run is not overtaken by the next timer tick. */
  function runDue(): Promise<string[]> {
    running ??= check().finally(() => {
      running = null;
    });
    return running;
  }

  /** A timer's check must never end in an unhandled rejection (e.g. a locked database). */
  function runLogged(): void {
    runDue().catch((error) => logger.error({ err: error }, 'daily jobs check failed'));
  }

  return {
    runDue,
    start(intervalMs = 5 * 60_000) {
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
