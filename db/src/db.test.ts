import { describe, expect, it } from 'vitest';
import { createDb } from './client';
import { migrateDb } from './migrate';
import { hashPassword, verifyPassword } from './passwords';
import { auditLog, users } from './schema';
import { demoPassword, demoUsers } from './seed/demo-accounts';
import { isDatabaseEmpty, seedDemoData } from './seed/seed-demo-data';

function freshDb() {
  const db = createDb(':memory:');
  migrateDb(db);
  return db;
}

describe('database', () => {
  it('turns on foreign keys and a busy timeout', () => {
    const db = freshDb();
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('seeds every demo account once, with a verifiable argon2id hash', async () => {
    const db = freshDb();
    expect(isDatabaseEmpty(db)).toBe(true);
    await seedDemoData(db, new Date('2026-11-25T10:00:00Z'));
    expect(isDatabaseEmpty(db)).toBe(false);
    const rows = db.select().from(users).all();
    expect(rows.map((u) => u.email).sort()).toEqual(demoUsers.map((u) => u.email).sort());
    const hash = rows[0]?.passwordHash ?? '';
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, demoPassword)).toBe(true);
    expect(await verifyPassword(hash, 'wrong-password')).toBe(false);
  });

  it('refuses to change or delete audit entries', () => {
    const db = freshDb();
    db.insert(auditLog)
      .values({
        action: 'auth.login',
        targetType: 'user',
        targetId: 'u1',
        createdAt: new Date().toISOString(),
      })
      .run();
    expect(() => db.$client.exec("UPDATE audit_log SET reason = 'x'")).toThrow(/append-only/);
    expect(() => db.$client.exec('DELETE FROM audit_log')).toThrow(/append-only/);
  });

  it('hashes the same password differently each time', async () => {
    const [a, b] = await Promise.all([hashPassword('Geheim-12345'), hashPassword('Geheim-12345')]);
    expect(a).not.toBe(b);
  });
});
