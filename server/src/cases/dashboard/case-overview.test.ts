import { schema } from '@itc/db';
import { caseListItemSchema, caseOverviewSchema } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  adminEmail,
  ihkEmail,
  reviewerEmail,
  rheinStahlHrEmail,
} from '../../testing/case-test-app';
import { insertTestCase } from '../../testing/insert-test-case';
import { readBody, readList } from '../../testing/read-body';
import { createTestApp, type TestApp } from '../../testing/test-app';

function userIdOf(t: TestApp, email: string): string {
  return t.db.select().from(schema.users).where(eq(schema.users.email, email)).get()!.id;
}

/** The queue's rows for a link of the start page, all on one page. */
async function queueCount(t: TestApp, cookie: string, query: string): Promise<number> {
  const response = await t.request(`/api/cases?${query}&limit=100`, { cookie });
  expect(response.status).toBe(200);
  const body = await readList(response, caseListItemSchema);
  expect(body.nextCursor).toBeNull();
  return body.items.length;
}

describe('[CITY] start page counts', () => {
  // The test clock says 2026-11-25 in Germany: "due soon" runs to 2026-12-02.
  it('counts new, mine, due soon and overdue as the queue with the same filter shows them', async () => {
    const t = await createTestApp();
    const employer = t.organizationIdOf(rheinStahlHrEmail);
    const reviewerId = userIdOf(t, reviewerEmail);
    const adminId = userIdOf(t, adminEmail);
    const add = (options: Omit<Parameters<typeof insertTestCase>[1], 'organizationId'>) =>
      insertTestCase(t.db, { organizationId: employer, ...options });
    add({ status: 'submitted' });
    add({ status: 'submitted', assigneeUserId: reviewerId });
    add({ status: 'in_review', assigneeUserId: reviewerId });
    // Closed cases assigned to the reviewer are no work left.
    add({ status: 'permit_issued', assigneeUserId: reviewerId });
    add({ status: 'in_review', assigneeUserId: adminId });
    add({ status: 'documents_requested', dueAt: '2026-11-24' });
    add({ status: 'documents_requested', dueAt: '2026-11-25' });
    add({ status: 'ba_consent_pending', dueAt: '2026-12-02' });
    add({ status: 'recognition_pending', dueAt: '2026-12-03' });

    const reviewer = await t.loginAs(reviewerEmail);
    const response = await t.request('/api/cases/overview', { cookie: reviewer });
    expect(response.status).toBe(200);
    const overview = await readBody(response, caseOverviewSchema);
    expect(overview).toEqual({
      newCount: 2,
      assignedToMeCount: 2,
      dueSoonCount: 2,
      overdueCount: 1,
      dueSoonUntil: '2026-12-02',
    });
    expect(await queueCount(t, reviewer, 'status=submitted')).toBe(overview.newCount);
    expect(await queueCount(t, reviewer, 'assigned=me&open=true')).toBe(overview.assignedToMeCount);
    expect(await queueCount(t, reviewer, 'dueSoon=true')).toBe(overview.dueSoonCount);
    expect(await queueCount(t, reviewer, 'overdue=true')).toBe(overview.overdueCount);

    // "Mine" is the caller's: the admin has one open case.
    const admin = await t.loginAs(adminEmail);
    const adminOverview = await readBody(
      await t.request('/api/cases/overview', { cookie: admin }),
      caseOverviewSchema,
    );
    expect(adminOverview.assignedToMeCount).toBe(1);
  });

  it('moves "due soon" and "overdue" with the clock', async () => {
    const t = await createTestApp();
    insertTestCase(t.db, {
      organizationId: t.organizationIdOf(rheinStahlHrEmail),
      status: 'documents_requested',
      dueAt: '2026-12-02',
    });
    const reviewer = await t.loginAs(reviewerEmail);
    const before = await readBody(
      await t.request('/api/cases/overview', { cookie: reviewer }),
      caseOverviewSchema,
    );
    expect([before.dueSoonCount, before.overdueCount]).toEqual([1, 0]);

    t.clock.set(new Date('2026-12-03T09:00:00Z'));
    // Signed in anew: the first session has long gone idle by then.
    const later = await t.loginAs(reviewerEmail);
    const after = await readBody(
      await t.request('/api/cases/overview', { cookie: later }),
      caseOverviewSchema,
    );
    expect([after.dueSoonCount, after.overdueCount]).toEqual([0, 1]);
    expect(after.dueSoonUntil).toBe('2026-12-10');
  });

  it('is for city staff only', async () => {
    const t = await createTestApp();
    for (const email of [rheinStahlHrEmail, ihkEmail]) {
      const cookie = await t.loginAs(email);
      const response = await t.request('/api/cases/overview', { cookie });
      expect(response.status).toBe(403);
    }
    expect((await t.request('/api/cases/overview')).status).toBe(401);
  });
});
