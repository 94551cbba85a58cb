import type { Db } from '@itc/db';
import type { Logger } from 'pino';
import type { AppConfig } from '../config';
import type { Clock } from '../lib/clock';
import { runRetention } from '../retention/retention.service';
import { createDailyJobRunner } from './daily-job-runner';
import { purgeStaleSignInData } from './housekeeping';

/** The portal's daily jobs: the retention deletion and the sign-in data clean-up. */
export function createDailyJobs(options: {
  db: Db;
  clock: Clock;
  logger: Logger;
  config: Pick<AppConfig, 'retentionDays' | 'uploadDir' | 'dailyJobsHour'>;
}) {
  const { db, clock, logger, config } = options;
  return createDailyJobRunner({
    db,
    clock,
    logger,
    hour: config.dailyJobsHour,
    jobs: [
      {
        name: 'retention',
        async run(now) {
          const run = await runRetention({
            db,
            now,
            retentionDays: config.retentionDays,
            uploadDir: config.uploadDir,
            logger,
          });
          return { cases: run.caseReferences.length, hires: run.hires, files: run.files };
        },
      },
      { name: 'housekeeping', run: (now) => purgeStaleSignInData(db, now) },
    ],
  });
}
