import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Db, migrateDb } from '@itc/db';
import { systemClock } from '@itc/server';
import { seedDemoData } from '@itc/server/demo/seed-demo-data';
import { seedBenchCases } from './seed-bench-cases';

/**
 * The bench's database, in a temporary folder removed at the end: by default 100,000 cases
 * seeded afresh (a few minutes); with `seededPath` a copy of a database seeded that way before
 * and never signed in to (seconds). The copy keeps that file as it was: signing in enrols the
 * reviewer's second factor, which a later run could not answer.
 */
export async function openBenchDatabase(options: {
  seededPath: string | undefined;
  caseCount: number;
}): Promise<{ db: Db; close: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'itc-bench-'));
  const path = join(dir, 'bench.sqlite');
  const { seededPath } = options;
  if (seededPath) {
    copyFileSync(seededPath, path);
    // Pages not yet checkpointed live in the write-ahead log.
    if (existsSync(`${seededPath}-wal`)) copyFileSync(`${seededPath}-wal`, `${path}-wal`);
  }
  const db = createDb(path);
  migrateDb(db);
  const close = () => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  };
  if (seededPath) {
    console.log(`copied ${seededPath}`);
    return { db, close };
  }
  const now = systemClock.now();
  await seedDemoData(db, now, { cases: false });
  // A throw-away file: a large page cache and no fsync make the bulk insert several times faster.
  db.$client.pragma('cache_size = -262144');
  db.$client.pragma('synchronous = OFF');
  const started = performance.now();
  seedBenchCases(db, { count: options.caseCount, now });
  db.$client.pragma('synchronous = NORMAL');
  db.$client.pragma('optimize');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`seeded ${options.caseCount} cases in ${seconds} s`);
  return { db, close };
}
