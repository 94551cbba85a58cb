import { createDb } from '../client';
import { dbEnv } from '../env';
import { migrateDb } from '../migrate';
import { isDatabaseEmpty, seedDemoData } from '../seed/seed-demo-data';

if (dbEnv.NODE_ENV === 'production') {
  console.error('Demo data is never seeded when NODE_ENV=production.');
  process.exit(1);
}
const db = createDb(dbEnv.DATABASE_PATH);
migrateDb(db);
if (isDatabaseEmpty(db)) {
  await seedDemoData(db, new Date(), { uploadDir: dbEnv.UPLOAD_DIR });
  console.log(`Demo data seeded into ${dbEnv.DATABASE_PATH}`);
} else {
  console.log('The database already holds data; nothing seeded.');
}
