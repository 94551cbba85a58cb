import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDb } from '@itc/db';
import { appConfigFromEnv } from '../config';
import { readEnv } from '../env';
import { createLogger } from '../logger';
import { runRetention } from '../retention/retention.service';

/**
 * `pnpm db:retention [--dry-run]`: the daily retention run by hand. With --dry-run it lists what
 * is due and deletes nothing. Reads DATABASE_PATH, UPLOAD_DIR and RETENTION_DAYS.
 */
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = args.filter((arg) => arg !== '--dry-run');
if (unknown.length > 0) {
  console.error('Usage: pnpm db:retention [--dry-run]');
  process.exit(2);
}
const dryRun = args.includes('--dry-run');

const env = readEnv();
// Relative paths are taken from where `pnpm …` was called (pnpm sets INIT_CWD), as `pnpm start` does.
const fromCaller = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);
const databasePath = fromCaller(env.DATABASE_PATH);
const config = appConfigFromEnv({ ...env, UPLOAD_DIR: fromCaller(env.UPLOAD_DIR) });
if (!existsSync(databasePath)) {
  console.error(`No database at ${databasePath}`);
  process.exit(1);
}

const db = createDb(databasePath);
try {
  const run = await runRetention({
    db,
    now: new Date(),
    retentionDays: config.retentionDays,
    uploadDir: config.uploadDir,
    logger: createLogger(env.LOG_LEVEL),
    dryRun,
  });
  const verb = dryRun ? 'Would erase' : 'Erased';
  console.log(
    `${verb} ${run.caseReferences.length} cases and ${run.hires} hires (retention ${config.retentionDays} days)${dryRun ? '' : `; ${run.files} files removed`}.`,
  );
  for (const reference of run.caseReferences) console.log(`  ${reference}`);
} finally {
  db.$client.close();
}
