import { describe, expect, it } from 'vitest';
import { createDb } from './client';
import { migrateDb } from './migrate';
import { hashPassword } from './passwords';
import { auditLog } from './schema';

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
