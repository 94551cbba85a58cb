import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createDb, migrateDb } from '@itc/db';
import { createApp } from './app';
import { appConfigFromEnv } from './config';
import { isDatabaseEmpty, seedDemoData } from './demo/seed-demo-data';
import { InvalidEnvError, readEnv } from './env';
import { createReminderScheduler } from './events/mailing/reminder-scheduler.job';
import { shutDownGracefully } from './graceful-shutdown';
import { createDailyJobs } from './jobs/daily-jobs';
import { systemClock } from './lib/clock';
import { createLogger } from './logger';
import { portalLink } from './mail/links';
import { createMailDispatcher } from './mail/mail-dispatcher';
import { createSmtpTransport } from './mail/smtp-transport';

const env = (() => {
  try {
    return readEnv();
  } catch (error) {
    if (!(error instanceof InvalidEnvError)) throw error;
    // Before the logger exists (its level is a setting): one readable message, then stop.
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
})();
const logger = createLogger(env.LOG_LEVEL);
const config = appConfigFromEnv(env);
const db = createDb(env.DATABASE_PATH);
migrateDb(db);
if (env.NODE_ENV !== 'production' && isDatabaseEmpty(db)) {
  await seedDemoData(db, systemClock.now(), { uploadDir: config.uploadDir });
  logger.info('empty database: demo data seeded');
}

const mail = createMailDispatcher({
  db,
  clock: systemClock,
  logger,
  transport: env.SMTP_URL ? createSmtpTransport(env.SMTP_URL) : null,
  from: env.MAIL_FROM,
});
mail.start();

// Reminders are written outside any request, so their links use PUBLIC_URL or this host.
const reminders = createReminderScheduler({
  db,
  clock: systemClock,
  logger,
  linkTo: (path) => portalLink(config, `http://localhost:${env.PORT}`, path),
});
reminders.start();

// Retention and housekeeping: checked every few minutes, each run once per day from the hour on.
const dailyJobs = createDailyJobs({ db, clock: systemClock, logger, config });
dailyJobs.start();

const webDist = env.WEB_DIST ?? fileURLToPath(new URL('../../web/dist', import.meta.url));
if (!existsSync(webDist)) logger.warn({ webDist }, 'no built SPA found; serving the API only');

const app = createApp({
  db,
  clock: systemClock,
  config,
  logger,
  mail,
  webDist: existsSync(webDist) ? webDist : undefined,
});

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  logger.info(`ITC Partner Portal listening on http://localhost:${info.port}`);
}) as Server;

let shuttingDown = false;
async function shutdown(signal: NodeJS.Signals) {
  if (shuttingDown) return;
  shuttingDown = true;
  logger.info({ signal }, 'stop requested');
  dailyJobs.stop();
  reminders.stop();
  mail.stop();
  await shutDownGracefully({
    server,
    logger,
    timeoutMs: 10_000,
    // Closing the last connection checkpoints the WAL into the database file.
    release: () => db.$client.close(),
  });
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
