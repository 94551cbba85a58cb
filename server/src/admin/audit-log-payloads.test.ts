import { schema } from '@itc/db';
import { type AuditAction, type AuditLogEntry, auditLogEntrySchema } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  adminEmail,
  createCaseTestApp,
  jobcenterEmail,
  reviewerEmail,
} from '../testing/case-test-app';
import { readList } from '../testing/read-body';

type CaseTestApp = Awaited<ReturnType<typeof createCaseTestApp>>;

function userIdOf(t: CaseTestApp, email: string): string {
  return t.db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.email, email))
    .get()!.id;
}

async function readLog(t: CaseTestApp, cookie: string) {
  const response = await t.request('/api/admin/audit-log?limit=100', { cookie });
  expect(response.status).toBe(200);
  const { items } = await readList(response, auditLogEntrySchema);
  return (action: AuditAction): AuditLogEntry | undefined =>
    items.find((entry) => entry.action === action);
}

describe('[ADMIN] audit log details', () => {
  it('answers each entry’s before and after in the shape of its action', async () => {
    const t = await createCaseTestApp();
    const admin = await t.loginAs(adminEmail);
    const reviewerId = userIdOf(t, reviewerEmail);
    const jobcenterUserId = userIdOf(t, jobcenterEmail);
    await t.moveOk(t.reviewer, t.caseId, 'in_review');
    const assigned = await t.request(`/api/cases/${t.caseId}/assignee`, {
      cookie: admin,
      body: { userId: reviewerId },
    });
    expect(assigned.status).toBe(200);
    const deactivated = await t.request(`/api/admin/users/${jobcenterUserId}/deactivate`, {
      method: 'POST',
      cookie: admin,
    });
    expect(deactivated.status).toBe(200);

    const entryOf = await readLog(t, admin);
    const { reference } = t.db
      .select({ reference: schema.cases.reference })
      .from(schema.cases)
      .where(eq(schema.cases.id, t.caseId))
      .get()!;
    expect(entryOf('case.transitioned')?.details).toEqual({
      before: { status: 'submitted', version: 1, dueAt: null },
      after: { status: 'in_review', version: 2, dueAt: null },
    });
    expect(entryOf('case.assigned')?.details).toEqual({
      before: { assigneeUserId: null },
      after: { assigneeUserId: reviewerId },
    });
    expect(entryOf('user.deactivated')?.details).toEqual({
      before: { active: true },
      after: { active: false },
    });
    expect(entryOf('precheck.submitted')?.details).toEqual({
      before: { status: 'draft', hireStatus: 'active' },
      after: { status: 'submitted', caseId: t.caseId, reference },
    });
    expect(entryOf('document.uploaded')?.details).toMatchObject({
      before: null,
      after: { fileName: expect.stringMatching(/\.pdf$/), contentType: 'application/pdf' },
    });
    expect(entryOf('auth.login')?.details).toEqual({ before: null, after: null });
  });

  it('lists an entry stored in an older shape without its details', async () => {
    const t = await createCaseTestApp();
    const admin = await t.loginAs(adminEmail);
    // Written before `case.assigned` stored the assignee's id under `assigneeUserId`.
    t.db
      .insert(schema.auditLog)
      .values({
        actorUserId: userIdOf(t, adminEmail),
        actingOrganizationId: t.organizationIdOf(adminEmail),
        action: 'case.assigned',
        targetType: 'case',
        targetId: t.caseId,
        before: { assignee: null },
        after: { assignee: 'Katrin Hoffmann' },
        createdAt: t.clock.now().toISOString(),
      })
      .run();

    const entryOf = await readLog(t, admin);
    expect(entryOf('case.assigned')).toMatchObject({
      action: 'case.assigned',
      actor: { email: adminEmail },
      targetId: t.caseId,
      details: null,
    });
    expect(entryOf('precheck.submitted')?.details).toMatchObject({
      after: { caseId: t.caseId },
    });
  });
});
