import { createDb, migrateDb, schema } from '@itc/db';
import { precheckAssessmentSchema } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedDemoData } from './seed-demo-data';
import { seedDemoPrechecks } from './seed-demo-prechecks';

const now = new Date('2026-11-25T10:00:00Z');

describe('demo pre-checks', () => {
  it('adds drafts at different steps, assessed when complete, and only once', async () => {
    const db = createDb(':memory:');
    migrateDb(db);
    await seedDemoData(db, now);
    db.transaction((tx) => seedDemoPrechecks(tx, now));
    db.transaction((tx) => seedDemoPrechecks(tx, now));

    const rows = db
      .select({ precheck: schema.prechecks, hire: schema.hires })
      .from(schema.prechecks)
      .innerJoin(schema.hires, eq(schema.hires.id, schema.prechecks.hireId))
      .where(eq(schema.prechecks.status, 'draft'))
      .all();
    expect(rows.map((row) => row.hire.familyName).sort()).toEqual([
      'Aydın',
      'Ben Salah',
      'Iyer',
      'Reyes',
    ]);
    expect(new Set(rows.map((row) => row.precheck.step)).size).toBe(4);
    const byName = new Map(rows.map((row) => [row.hire.familyName, row.precheck.assessment]));
    // Only the draft that was just begun has no assessment yet.
    expect(byName.get('Aydın')).toBeNull();
    for (const name of ['Iyer', 'Reyes', 'Ben Salah']) {
      precheckAssessmentSchema.parse(byName.get(name));
    }
    const resultOf = (name: string, code: string) =>
      byName.get(name)?.pathways.find((pathway) => pathway.code === code)?.result;
    expect(resultOf('Iyer', '18g')).toBe('eligible');
    expect(resultOf('Reyes', '18g')).toBe('conditional');
    expect(resultOf('Ben Salah', '16d')).toBe('eligible');
  });
});
