import { primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Daily jobs (retention, session purge) claim their day here before they run: the insert that
 * wins runs the job, so a restart or a second process never runs it twice on one day.
 */
export const jobRuns = sqliteTable(
  'job_runs',
  {
    job: text('job').notNull(),
    /** The calendar day in Europe/Berlin, YYYY-MM-DD. */
    runDay: text('run_day').notNull(),
    startedAt: text('started_at').notNull(),
    finishedAt: text('finished_at'),
    /** A short summary without personal data, e.g. {"cases":3,"hires":1}. */
    result: text('result', { mode: 'json' }),
  },
  (table) => [primaryKey({ columns: [table.job, table.runDay] })],
);
