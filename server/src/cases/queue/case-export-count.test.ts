import { schema } from '@itc/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { resumeSession } from '../../auth/sessions.service';
import { pflegeHrEmail, reviewerEmail } from '../../testing/case-test-app';
import { insertTestCase } from '../../testing/insert-test-case';
import { createTestApp } from '../../testing/test-app';
import { countCasesInSlices } from './case-export-count.queries';

describe('[CITY] CSV export total', () => {
  it('counts the same in small rowid slices as the export has lines, erased cases left out', async () => {
    const t = await createTestApp();
    const pflege = t.organizationIdOf(pflegeHrEmail);
    const rheinStahl = t.organizationIdOf('hr@rhein-stahl.example');
    const ids = Array.from({ length: 9 }, (_, index) =>
      insertTestCase(t.db, {
        organizationId: index % 3 === 0 ? rheinStahl : pflege,
        submittedAt: new Date(Date.UTC(2026, 9, 1 + index)).toISOString(),
      }),
    ).map((inserted) => inserted.id);
    t.db
      .update(schema.cases)
      .set({ erasedAt: '2026-11-01T00:00:00.000Z' })
      .where(eq(schema.cases.id, ids[1]!))
      .run();
    const cookie = await t.loginAs(reviewerEmail);
    const auth = resumeSession({
      db: t.db,
      now: t.clock.now(),
      idleMinutes: 60,
      token: cookie.slice('itc_session='.length),
    })!;
    const count = (sliceRows: number) =>
      countCasesInSlices(
        {
          db: t.db,
          auth,
          today: '2026-11-25',
          filter: { organizationId: pflege, sort: 'submittedAt', order: 'desc' },
        },
        sliceRows,
      );
    const response = await t.request(`/api/cases/export.csv?organizationId=${pflege}`, { cookie });
    expect(response.headers.get('x-total-count')).toBe('5');
    const lines = (await response.text()).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + 5);
    expect(await count(1)).toBe(5);
    expect(await count(2)).toBe(5);
    expect(await count(1000)).toBe(5);
  });
});
