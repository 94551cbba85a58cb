import { createDb, migrateDb, schema, verifyPassword } from '@itc/db';
import { describe, expect, it } from 'vitest';
import { demoPassword, demoUsers } from './demo-accounts';
import { isDatabaseEmpty, seedDemoData } from './seed-demo-data';

describe('demo data', () => {
  it('seeds every demo account once, with a verifiable argon2id hash', async () => {
    const db = createDb(':memory:');
    migrateDb(db);
    expect(isDatabaseEmpty(db)).toBe(true);
    await seedDemoData(db, new Date('2026-11-25T10:00:00Z'));
    expect(isDatabaseEmpty(db)).toBe(false);
    const rows = db.select().from(schema.users).all();
    expect(rows.map((u) => u.email).sort()).toEqual(demoUsers.map((u) => u.email).sort());
    const hash = rows[0]?.passwordHash ?? '';
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, demoPassword)).toBe(true);
    expect(await verifyPassword(hash, 'wrong-password')).toBe(false);
  });
});
