import { randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId, schema } from '@itc/db';
import {
  caseDashboardSchema,
  caseListItemSchema,
  emptyPrecheckAnswers,
  hireListItemSchema,
  publicSettingsSchema,
  retentionPreviewSchema,
} from '@itc/shared';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { caseHistoryPath } from '../demo/case-history';
import { writeStoredFile } from '../documents/document-storage.service';
import { createDailyJobs } from '../jobs/daily-jobs';
import { days } from '../lib/clock';
import { adminEmail, ihkEmail, reviewerEmail, rheinStahlHrEmail } from '../testing/case-test-app';
import { insertTestCase } from '../testing/insert-test-case';
import { insertTestHire } from '../testing/insert-test-hire';
import { readBody, readList } from '../testing/read-body';
import { samplePdf } from '../testing/sample-files';
import { createTestApp, type TestApp, testStart } from '../testing/test-app';
import { runRetention } from './retention.service';

const silent = pino({ level: 'silent' });
const period = '?from=2026-11-01&to=2026-11-30';

/** A case closed at the test start, with a document on disk, a message, a request, a share. */
async function closedCaseWithTraces(t: TestApp, status: 'rejected' | 'permit_issued' = 'rejected') {
  const organizationId = t.organizationIdOf(rheinStahlHrEmail);
  const partnerId = t.organizationIdOf(ihkEmail);
  const created = insertTestCase(t.db, {
    organizationId,
    status,
    hire: { familyName: 'Erasable' },
    notes: { [status]: 'Frau Erasable hat abgesagt' },
  });
  const caseRow = t.db.select().from(schema.cases).where(eq(schema.cases.id, created.id)).get()!;
  const actor = t.db
    .select()
    .from(schema.users)
    .where(eq(schema.users.organizationId, organizationId))
    .get()!;
  const storageKey = await writeStoredFile(t.uploadDir, samplePdf);
  const at = testStart.toISOString();
  t.db
    .insert(schema.documents)
    .values({
      id: newId(),
      precheckId: caseRow.precheckId,
      organizationId,
      requirementCode: 'passport',
      fileName: 'pass-erasable.pdf',
      contentType: 'application/pdf',
      sizeBytes: samplePdf.length,
      sha256: 'x',
      storageKey,
      uploadedBy: actor.id,
      uploadedAt: at,
    })
    .run();
  t.db
    .insert(schema.caseMessages)
    .values({
      id: newId(),
      caseId: created.id,
      authorUserId: actor.id,
      authorOrganizationId: organizationId,
      body: 'Frau Erasable ist schwanger',
      createdAt: at,
    })
    .run();
  t.db
    .insert(schema.caseDocumentRequests)
    .values({
      id: newId(),
      caseId: created.id,
      fromStatus: 'in_review',
      requestedDocuments: [],
      message: 'Bitte Zeugnis von Frau Erasable',
      dueAt: '2026-12-01',
      requestedBy: actor.id,
      requestedAt: at,
    })
    .run();
  t.db
    .insert(schema.caseShares)
    .values({
      id: newId(),
      caseId: created.id,
      partnerOrganizationId: partnerId,
      sharedBy: actor.id,
      sharedAt: at,
    })
    .run();
  t.db
    .insert(schema.notifications)
    .values({
      id: newId(),
      userId: actor.id,
      caseId: created.id,
      kind: 'case_message',
      params: { hireName: 'Erasable' },
      createdAt: at,
    })
    .run();
  return { ...created, hireId: caseRow.hireId, precheckId: caseRow.precheckId, storageKey };
}

function rowsOf(t: TestApp, caseId: string) {
  const { db } = t;
  return {
    messages: db
      .select()
      .from(schema.caseMessages)
      .where(eq(schema.caseMessages.caseId, caseId))
      .all().length,
    requests: db
      .select()
      .from(schema.caseDocumentRequests)
      .where(eq(schema.caseDocumentRequests.caseId, caseId))
      .all().length,
    shares: db.select().from(schema.caseShares).where(eq(schema.caseShares.caseId, caseId)).all()
      .length,
    notifications: db
      .select()
      .from(schema.notifications)
      .where(eq(schema.notifications.caseId, caseId))
      .all().length,
  };
}

const retention = (t: TestApp, dryRun = false) =>
  runRetention({
    db: t.db,
    now: t.clock.now(),
    retentionDays: 365,
    uploadDir: t.uploadDir,
    logger: silent,
    dryRun,
  });

describe('[CITY][RETENTION] deletion after the retention period', () => {
  it('erases a closed case and its hire only after the period, keeping the dashboard', async () => {
    const t = await createTestApp({ retentionDays: 365 });
    const closed = await closedCaseWithTraces(t);
    const admin = await t.loginAs(adminEmail);
    const dashboardBefore = await readBody(
      await t.request(`/api/cases/dashboard${period}`, { cookie: admin }),
      caseDashboardSchema,
    );

    t.clock.advance(days(364));
    expect((await retention(t)).caseReferences).toEqual([]);
    expect(existsSync(join(t.uploadDir, closed.storageKey))).toBe(true);
    expect(rowsOf(t, closed.id)).toEqual({ messages: 1, requests: 1, shares: 1, notifications: 1 });

    t.clock.advance(days(2));
    const run = await retention(t);
    expect(run.caseReferences).toEqual([closed.reference]);
    expect(run.files).toBe(1);

    expect(existsSync(join(t.uploadDir, closed.storageKey))).toBe(false);
    expect(rowsOf(t, closed.id)).toEqual({ messages: 0, requests: 0, shares: 0, notifications: 0 });
    expect(
      t.db
        .select()
        .from(schema.documents)
        .where(eq(schema.documents.precheckId, closed.precheckId))
        .all(),
    ).toEqual([]);
    const caseRow = t.db.select().from(schema.cases).where(eq(schema.cases.id, closed.id)).get()!;
    expect(caseRow).toMatchObject({
      reference: closed.reference,
      status: 'rejected',
      hireName: '',
      nationality: 'IN',
    });
    expect(caseRow.erasedAt).toBe(t.clock.now().toISOString());
    expect(JSON.stringify(caseRow.submission)).not.toContain('Erasable');
    const events = t.db
      .select()
      .from(schema.caseEvents)
      .where(eq(schema.caseEvents.caseId, closed.id))
      .all();
    expect(events.map((event) => [event.toStatus, event.note, event.data])).toEqual(
      caseHistoryPath('rejected').map((status) => [status, null, null]),
    );
    const precheck = t.db
      .select()
      .from(schema.prechecks)
      .where(eq(schema.prechecks.id, closed.precheckId))
      .get()!;
    expect(precheck).toMatchObject({ answers: emptyPrecheckAnswers, assessment: null });
    const hire = t.db.select().from(schema.hires).where(eq(schema.hires.id, closed.hireId)).get()!;
    expect(hire).toMatchObject({
      givenNames: '',
      familyName: '',
      searchName: '',
      passportNumber: '',
      passportExpiry: '',
      dateOfBirth: '',
      email: null,
      familyMembers: [],
      nationality: 'IN',
    });
    expect(hire.qualification).toMatchObject({ title: null, country: null, completedYear: null });
    expect(hire.erasedAt).toBe(t.clock.now().toISOString());

    // One audit entry each, naming the target and the reference, nothing personal.
    const audit = t.db
      .select()
      .from(schema.auditLog)
      .all()
      .filter((entry) => entry.action.startsWith('retention.'));
    expect(audit.map((entry) => [entry.action, entry.targetId, entry.after])).toEqual([
      ['retention.case_erased', closed.id, { reference: closed.reference }],
      ['retention.hire_erased', closed.hireId, null],
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Erasable|Lakshmi|W1234567/i);

    // Gone for every reader: detail, queue, search, export, hire; the dashboard counts it still.
    const reviewer = await t.loginAs(reviewerEmail);
    const hr = await t.loginAs(rheinStahlHrEmail);
    expect((await t.request(`/api/cases/${closed.id}`, { cookie: reviewer })).status).toBe(404);
    const queue = await readList(
      await t.request('/api/cases', { cookie: reviewer }),
      caseListItemSchema,
    );
    expect(queue.items.map((item) => item.id)).not.toContain(closed.id);
    const search = await readList(
      await t.request('/api/cases?q=Erasable', { cookie: reviewer }),
      caseListItemSchema,
    );
    expect(search.items).toEqual([]);
    const csv = await (await t.request('/api/cases/export.csv', { cookie: reviewer })).text();
    expect(csv).not.toContain(closed.reference);
    expect((await t.request(`/api/hires/${closed.hireId}`, { cookie: hr })).status).toBe(404);
    const hires = await readList(await t.request('/api/hires', { cookie: hr }), hireListItemSchema);
    expect(hires.items.map((item) => item.id)).not.toContain(closed.hireId);
    const adminAgain = await t.loginAs(adminEmail);
    const dashboardAfter = await readBody(
      await t.request(`/api/cases/dashboard${period}`, { cookie: adminAgain }),
      caseDashboardSchema,
    );
    expect(dashboardBefore.countsByStatus).toContainEqual({ status: 'rejected', count: 1 });
    expect(dashboardAfter).toEqual(dashboardBefore);

    // A second run finds nothing left to do.
    expect(await retention(t)).toEqual({ caseReferences: [], hires: 0, files: 0 });
  });

  it('keeps a hire with another case still open, and erases an archived hire without a case', async () => {
    const t = await createTestApp({ retentionDays: 365 });
    const organizationId = t.organizationIdOf(rheinStahlHrEmail);
    const closed = await closedCaseWithTraces(t);
    const open = insertTestCase(t.db, { organizationId, status: 'in_review' });
    // The open case is the same person's second procedure.
    t.db
      .update(schema.cases)
      .set({ hireId: closed.hireId })
      .where(eq(schema.cases.id, open.id))
      .run();
    const archived = insertTestHire(t.db, { organizationId, status: 'archived' });
    t.db
      .update(schema.hires)
      .set({ archivedAt: testStart.toISOString() })
      .where(eq(schema.hires.id, archived))
      .run();

    t.clock.advance(days(366));
    const run = await retention(t);
    expect(run).toMatchObject({ caseReferences: [closed.reference], hires: 1 });
    const hireOf = (id: string) =>
      t.db.select().from(schema.hires).where(eq(schema.hires.id, id)).get()!;
    expect(hireOf(closed.hireId)).toMatchObject({ familyName: 'Erasable', erasedAt: null });
    expect(hireOf(archived)).toMatchObject({ familyName: '', passportNumber: '' });
    expect(hireOf(archived).erasedAt).toBe(t.clock.now().toISOString());
    const openRow = t.db.select().from(schema.cases).where(eq(schema.cases.id, open.id)).get()!;
    expect(openRow.erasedAt).toBeNull();
    expect(openRow.hireName).not.toBe('');
  });

  it('counts the period of a case after entry from the reported end of employment', async () => {
    const t = await createTestApp({ retentionDays: 365 });
    const organizationId = t.organizationIdOf(rheinStahlHrEmail);
    const ended = insertTestCase(t.db, { organizationId, status: 'entered' });
    const stillEmployed = insertTestCase(t.db, { organizationId, status: 'entered' });
    const actor = t.db.select().from(schema.users).get()!;
    t.db
      .insert(schema.caseEvents)
      .values({
        caseId: ended.id,
        kind: 'employment_ended',
        fromStatus: 'entered',
        toStatus: 'entered',
        actorUserId: actor.id,
        actingOrganizationId: organizationId,
        data: { learnedOn: '2026-12-01' },
        createdAt: new Date(testStart.getTime() + days(10)).toISOString(),
      })
      .run();

    t.clock.advance(days(370));
    expect((await retention(t)).caseReferences).toEqual([]);
    t.clock.advance(days(6));
    expect((await retention(t)).caseReferences).toEqual([ended.reference]);
    const row = t.db
      .select()
      .from(schema.cases)
      .where(eq(schema.cases.id, stillEmployed.id))
      .get()!;
    expect(row.erasedAt).toBeNull();
  });

  it('a dry run lists what is due and deletes nothing', async () => {
    const t = await createTestApp({ retentionDays: 365 });
    const closed = await closedCaseWithTraces(t, 'permit_issued');
    t.clock.advance(days(366));
    expect(await retention(t, true)).toEqual({
      caseReferences: [closed.reference],
      hires: 1,
      files: 0,
    });
    expect(existsSync(join(t.uploadDir, closed.storageKey))).toBe(true);
    expect(rowsOf(t, closed.id)).toEqual({ messages: 1, requests: 1, shares: 1, notifications: 1 });
    const caseRow = t.db.select().from(schema.cases).where(eq(schema.cases.id, closed.id)).get()!;
    expect(caseRow.erasedAt).toBeNull();
    expect(
      t.db
        .select()
        .from(schema.auditLog)
        .all()
        .filter((entry) => entry.action.startsWith('retention.')),
    ).toEqual([]);
  });
});

describe('[ADMIN][RETENTION] preview of the next 30 days', () => {
  it('lists the cases and hires due within 30 days to the city admin, 403 for a reviewer', async () => {
    const t = await createTestApp({ retentionDays: 365 });
    const closed = await closedCaseWithTraces(t);
    // Closed 40 days later than the first: due after the window.
    const later = insertTestCase(t.db, {
      organizationId: t.organizationIdOf(rheinStahlHrEmail),
      status: 'withdrawn',
      submittedAt: new Date(testStart.getTime() + days(40)).toISOString(),
    });

    t.clock.advance(days(340));
    const admin = await t.loginAs(adminEmail);
    const response = await t.request('/api/admin/retention/preview', { cookie: admin });
    expect(response.status).toBe(200);
    const preview = await readBody(response, retentionPreviewSchema);
    expect(preview).toMatchObject({ retentionDays: 365, windowDays: 30 });
    expect(preview.cases).toEqual({
      items: [
        {
          id: closed.id,
          reference: closed.reference,
          status: 'rejected',
          closedAt: testStart.toISOString(),
          deletionDate: '2027-11-25',
        },
      ],
      total: 1,
    });
    expect(preview.cases.items.map((item) => item.id)).not.toContain(later.id);
    expect(preview.hires.total).toBe(1);
    expect(preview.hires.items[0]).toMatchObject({
      id: closed.hireId,
      name: 'Lakshmi Erasable',
      archivedAt: null,
      deletionDate: '2027-11-25',
    });

    const reviewer = await t.loginAs(reviewerEmail);
    expect((await t.request('/api/admin/retention/preview', { cookie: reviewer })).status).toBe(
      403,
    );
    expect((await t.request('/api/admin/retention/preview')).status).toBe(401);
  });

  it('tells every visitor the configured period', async () => {
    const t = await createTestApp({ retentionDays: 180 });
    const response = await t.request('/api/settings');
    expect(response.status).toBe(200);
    expect(await readBody(response, publicSettingsSchema)).toEqual({ retentionDays: 180 });
  });
});

describe('[SYSTEM][JOBS] daily jobs', () => {
  it('run once per Berlin day from the configured hour, not again after a restart, again the next day', async () => {
    const path = join(tmpdir(), `itc-jobs-${randomUUID()}.sqlite`);
    const config = { retentionDays: 365, dailyJobsHour: 2 };
    const first = await createTestApp(config, path);
    // 00:30 in Berlin (23:30 UTC the day before): before the hour, nothing runs.
    first.clock.set(new Date('2026-11-25T23:30:00Z'));
    const jobsOf = (t: TestApp) =>
      createDailyJobs({
        db: t.db,
        clock: t.clock,
        logger: silent,
        config: { ...config, uploadDir: t.uploadDir },
      });
    const firstJobs = jobsOf(first);
    expect(await firstJobs.runDue()).toEqual([]);
    first.clock.set(new Date('2026-11-26T01:05:00Z')); // 02:05 in Berlin
    expect(await firstJobs.runDue()).toEqual(['retention', 'housekeeping']);
    expect(await firstJobs.runDue()).toEqual([]);
    first.db.$client.close();

    const restarted = await createTestApp(config, path);
    restarted.clock.set(new Date('2026-11-26T15:00:00Z'));
    const restartedJobs = jobsOf(restarted);
    expect(await restartedJobs.runDue()).toEqual([]);
    restarted.clock.set(new Date('2026-11-27T09:00:00Z'));
    expect(await restartedJobs.runDue()).toEqual(['retention', 'housekeeping']);
    const runs = restarted.db
      .select()
      .from(schema.jobRuns)
      .where(eq(schema.jobRuns.job, 'retention'))
      .all();
    expect(runs.map((run) => [run.runDay, run.result])).toEqual([
      ['2026-11-26', { cases: 0, hires: 0, files: 0 }],
      ['2026-11-27', { cases: 0, hires: 0, files: 0 }],
    ]);
    restarted.db.$client.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  });

  it('housekeeping purges expired sessions, login challenges and stale password resets', async () => {
    const t = await createTestApp();
    const user = t.db.select().from(schema.users).get()!;
    const at = (offsetDays: number) =>
      new Date(testStart.getTime() + days(offsetDays)).toISOString();
    t.db
      .insert(schema.sessions)
      .values([
        { tokenHash: 's-expired', userId: user.id, createdAt: at(-2), expiresAt: at(-1) },
        { tokenHash: 's-live', userId: user.id, createdAt: at(0), expiresAt: at(1) },
      ])
      .run();
    t.db
      .insert(schema.loginChallenges)
      .values([
        { tokenHash: 'c-expired', userId: user.id, createdAt: at(-1), expiresAt: at(-0.5) },
        { tokenHash: 'c-live', userId: user.id, createdAt: at(0), expiresAt: at(0.01) },
      ])
      .run();
    t.db
      .insert(schema.passwordResets)
      .values([
        {
          tokenHash: 'r-used-long-ago',
          userId: user.id,
          createdAt: at(-3),
          expiresAt: at(3),
          usedAt: at(-2),
        },
        {
          tokenHash: 'r-used-now',
          userId: user.id,
          createdAt: at(0),
          expiresAt: at(0.02),
          usedAt: at(0),
        },
        { tokenHash: 'r-expired-long-ago', userId: user.id, createdAt: at(-3), expiresAt: at(-2) },
        { tokenHash: 'r-live', userId: user.id, createdAt: at(0), expiresAt: at(0.02) },
      ])
      .run();
    const jobs = createDailyJobs({
      db: t.db,
      clock: t.clock,
      logger: silent,
      config: { retentionDays: 365, dailyJobsHour: 2, uploadDir: t.uploadDir },
    });
    expect(await jobs.runDue()).toContain('housekeeping');
    const hashes = (rows: { tokenHash: string }[]) => rows.map((row) => row.tokenHash).sort();
    const sessions = hashes(t.db.select().from(schema.sessions).all());
    expect(sessions).toContain('s-live');
    expect(sessions).not.toContain('s-expired');
    expect(hashes(t.db.select().from(schema.loginChallenges).all())).toEqual(['c-live']);
    expect(hashes(t.db.select().from(schema.passwordResets).all())).toEqual([
      'r-live',
      'r-used-now',
    ]);
  });
});
