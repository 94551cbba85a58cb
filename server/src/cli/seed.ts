import { resolve } from 'node:path';
import { createDb, migrateDb } from '@itc/db';
import { isDatabaseEmpty, seedDemoData } from '../demo/seed-demo-data';
import { readEnv } from '../env';

/** `pnpm db:seed`: the demo data into an empty DATABASE_PATH, its documents into UPLOAD_DIR. */
const env = readEnv();
if (env.NODE_ENV === 'production') {
  console.error('Demo data is never seeded when NODE_ENV=production.');
  process.exit(1);
}
// Relative paths are taken from where `pnpm …` was called (pnpm sets INIT_CWD), as `pnpm start` does.
const fromCaller = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);
const databasePath = fromCaller(env.DATABASE_PATH);
const db = createDb(databasePath);
try {
  migrateDb(db);
  if (isDatabaseEmpty(db)) {
    await seedDemoData(db, new Date(), { uploadDir: fromCaller(env.UPLOAD_DIR) });
    console.log(`Demo data seeded into ${databasePath}`);
  } else {
    console.log('The database already holds data; nothing seeded.');
  }
} finally {
  db.$client.close();
}
