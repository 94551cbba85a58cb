import { createDb } from '../client';
import { dbEnv } from '../env';
import { migrateDb } from '../migrate';

const db = createDb(dbEnv.DATABASE_PATH);
migrateDb(db);
console.log(`Migrations applied to ${dbEnv.DATABASE_PATH}`);
