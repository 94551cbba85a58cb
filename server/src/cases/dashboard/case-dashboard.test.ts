import { type CaseStatus, caseDashboardSchema } from '@itc/shared';
import { describe, expect, it } from 'vitest';
import { pflegeHrEmail, reviewerEmail } from '../../testing/case-test-app';
import { insertTestCase } from '../../testing/insert-test-case';
import { readBody, readProblem } from '../../testing/read-body';
import { createTestApp } from '../../testing/test-app';
import { buildCaseDashboard } from './case-dashboard.queries';

describe('[CITY] dashboard', () => {
  it('counts per status, week, stage duration, overdue, field and nationality in a period', async () => {
    const t = await createTestApp();
    const rheinStahl = t.organizationIdOf('hr@rhein-stahl.example');
    const pflege = t.organizationIdOf(pflegeHrEmail);
    insertTestCase(t.db, {
      organizationId: rheinStahl,
      status: 'in_review',
      submittedAt: '2026-11-01T10:00:00.000Z',
      stepDays: [2],
    });
    insertTestCase(t.db, {
      organizationId: rheinStahl,
      status: 'recognition_pending',
      submittedAt: '2026-10-15T10:00:00.000Z',
      dueAt: '2026-11-20',
      iscoCode: '2512',
      hire: { nationality: 'TR' },
      stepDays: [4, 1, 1],
    });
    insertTestCase(t.db, {
      organizationId: pflege,
      status: 'documents_requested',
      submittedAt: '2026-11-20T10:00:00.000Z',
      dueAt: '2026-12-03',
      iscoCode: '2221',
      hire: { nationality: 'VN' },
      stepDays: [2, 3],
    });
    insertTestCase(t.db, {
      organizationId: rheinStahl,
      status: 'ba_consent_pending',
      submittedAt: '2026-11-24T23:30:00.000Z',
      dueAt: '2026-11-25',
    });
    // Before the period.
    insertTestCase(t.db, {
      organizationId: pflege,
      status: 'permit_issued',
      submittedAt: '2026-09-01T10:00:00.000Z',
    });

    const cookie = await t.loginAs(reviewerEmail);
    const response = await t.request('/api/cases/dashboard?from=2026-10-01&to=2026-11-30', {
      cookie,
    });
    expect(response.status).toBe(200);
    const dashboard = await readBody(response, caseDashboardSchema);
    expect(dashboard.period).toEqual({ from: '2026-10-01', to: '2026-11-30' });
    expect(dashboard.total).toBe(4);
    const counts = Object.fromEntries(dashboard.countsByStatus.map((e) => [e.status, e.count]));
    expect(counts).toMatchObject({
      in_review: 1,
      recognition_pending: 1,
      documents_requested: 1,
      ba_consent_pending: 1,
      permit_issued: 0,
    });
    expect(dashboard.countsByStatus).toHaveLength(15);
    expect(dashboard.overdueCount).toBe(1);
    expect(dashboard.byNationality).toEqual([
      { nationality: 'IN', count: 2 },
      { nationality: 'TR', count: 1 },
      { nationality: 'VN', count: 1 },
    ]);
    expect(dashboard.byOccupationField).toEqual([
      { occupationField: 'engineering', count: 2 },
      { occupationField: 'it', count: 1 },
      { occupationField: 'nursing', count: 1 },
    ]);
    expect(dashboard.casesPerWeek.map((week) => week.week)).toEqual([
      '2026-W40',
      '2026-W41',
      '2026-W42',
      '2026-W43',
      '2026-W44',
      '2026-W45',
      '2026-W46',
      '2026-W47',
      '2026-W48',
      '2026-W49',
    ]);
    const weeks = Object.fromEntries(dashboard.casesPerWeek.map((w) => [w.week, w.count]));
    expect(weeks).toMatchObject({ '2026-W42': 1, '2026-W44': 1, '2026-W47': 1, '2026-W48': 1 });
    expect(dashboard.casesPerWeek[0]?.weekStart).toBe('2026-09-28');
    const stages = Object.fromEntries(
      dashboard.medianDaysPerStage.map((stage) => [stage.status, stage]),
    );
    // Submitted for 2, 4 and 2 days, and 0 by the case that went on to the BA at once; in review
    // for 1, 3 and 0 days; forwarded for 1 and 0; recognition pending for 0; the rest not left.
    expect(stages.submitted).toEqual({ status: 'submitted', medianDays: 2, count: 4 });
    expect(stages.in_review).toEqual({ status: 'in_review', medianDays: 1, count: 3 });
    expect(stages.forwarded).toEqual({ status: 'forwarded', medianDays: 0.5, count: 2 });
    expect(stages.recognition_pending).toEqual({
      status: 'recognition_pending',
      medianDays: 0,
      count: 1,
    });
    expect(stages.ba_consent_pending).toEqual({
      status: 'ba_consent_pending',
      medianDays: null,
      count: 0,
    });
  });

  it('covers the last twelve months by default, refuses a reversed period and employers', async () => {
    const t = await createTestApp();
    insertTestCase(t.db, {
      organizationId: t.organizationIdOf(pflegeHrEmail),
      submittedAt: '2026-01-10T10:00:00.000Z',
    });
    const cookie = await t.loginAs(reviewerEmail);
    const dashboard = await readBody(
      await t.request('/api/cases/dashboard', { cookie }),
      caseDashboardSchema,
    );
    expect(dashboard.period).toEqual({ from: '2025-11-26', to: '2026-11-25' });
    expect(dashboard.total).toBe(1);
    const reversed = await t.request('/api/cases/dashboard?from=2026-11-02&to=2026-11-01', {
      cookie,
    });
    expect(reversed.status).toBe(400);
    expect((await readProblem(reversed)).errors?.[0]?.path).toBe('from');
    const hr = await t.loginAs(pflegeHrEmail);
    expect((await t.request('/api/cases/dashboard', { cookie: hr })).status).toBe(403);
  });

  it('reads the same figures in small slices as in one', async () => {
    const t = await createTestApp();
    const organizations = [
      t.organizationIdOf(pflegeHrEmail),
      t.organizationIdOf('hr@rhein-stahl.example'),
    ];
    const statuses: CaseStatus[] = [
      'in_review',
      'documents_requested',
      'forwarded',
      'recognition_pending',
    ];
    const nationalities = ['IN', 'TR', 'VN'];
    // Two cases per submission instant, so slices also split between equal times by id.
    for (let index = 0; index < 11; index += 1) {
      const submittedAt = new Date(
        Date.UTC(2026, 9, 3 + Math.floor(index / 2) * 5, 9),
      ).toISOString();
      insertTestCase(t.db, {
        organizationId: organizations[index % 2]!,
        status: statuses[index % 4],
        submittedAt,
        dueAt: index % 3 === 0 ? '2026-11-10' : null,
        iscoCode: index % 2 === 0 ? '2221' : '2512',
        hire: { nationality: nationalities[index % 3] },
        stepDays: [1 + (index % 4), 1 + (index % 3), 2],
      });
    }
    const read = (sliceSize: number) =>
      buildCaseDashboard({
        db: t.db,
        now: t.clock.now(),
        locale: 'de',
        query: { from: '2026-10-01', to: '2026-11-30' },
        sliceSize,
      });
    const whole = await read(1000);
    expect(whole.total).toBe(11);
    expect(whole.medianDaysPerStage[0]).toMatchObject({ status: 'submitted', count: 11 });
    expect(await read(2)).toEqual(whole);
    expect(await read(1)).toEqual(whole);
  });
});
