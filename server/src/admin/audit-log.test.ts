import { schema } from '@itc/db';
import { auditLogEntrySchema } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  adminEmail,
  createCaseTestApp,
  jobcenterEmail,
  reviewerEmail,
} from '../testing/case-test-app';
import { readList, readProblem } from '../testing/read-body';

describe('[ADMIN] audit log', () => {
  it('lets city admins read the log by case, actor and period, newest first', async () => {
    const t = await createCaseTestApp();
    const admin = await t.loginAs(adminEmail);
    await t.moveOk(t.reviewer, t.caseId, 'in_review');
    t.clock.advance(60_000);
    await t.request(`/api/cases/${t.caseId}/assignee`, { cookie: admin, body: { userId: null } });
    const read = (query: string, cookie = admin) =>
      t.request(`/api/admin/audit-log?${query}`, { cookie });

    const byCase = await read(`targetId=${t.caseId}`);
    expect(byCase.status).toBe(200);
    const entries = (await readList(byCase, auditLogEntrySchema)).items;
    expect(entries.map((entry) => entry.action)).toEqual(['case.assigned', 'case.transitioned']);
    expect(entries[1]).toMatchObject({
      actor: { name: 'Katrin Hoffmann', email: reviewerEmail },
      actingOrganization: { name: expect.stringContaining('Stadt Duisburg') },
      onBehalfOfOrganization: { name: 'Rhein-Stahl GmbH' },
      targetType: 'case',
      details: {
        before: { status: 'submitted', version: 1 },
        after: { status: 'in_review', version: 2 },
      },
    });

    const reviewerId = t.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.email, reviewerEmail))
      .get()!.id;
    const byActor = await readList(await read(`actorUserId=${reviewerId}`), auditLogEntrySchema);
    expect(new Set(byActor.items.map((entry) => entry.actor?.id))).toEqual(new Set([reviewerId]));
    expect(byActor.items.map((entry) => entry.action)).toContain('case.transitioned');
    expect(
      (await readList(await read(`targetId=${t.caseId}&to=2026-11-24`), auditLogEntrySchema)).items,
    ).toEqual([]);
    expect(
      (
        await readList(
          await read(`targetId=${t.caseId}&from=2026-11-25&to=2026-11-25`),
          auditLogEntrySchema,
        )
      ).items,
    ).toHaveLength(2);

    const first = await readList(await read(`targetId=${t.caseId}&limit=1`), auditLogEntrySchema);
    expect(first.items).toHaveLength(1);
    const second = await readList(
      await read(`targetId=${t.caseId}&limit=1&cursor=${first.nextCursor}`),
      auditLogEntrySchema,
    );
    expect(second.items[0]?.action).toBe('case.transitioned');

    expect((await read('', t.reviewer)).status).toBe(403);
    expect((await read('', t.hr)).status).toBe(403);
  });

  it('names the people and partners an entry stores by id', async () => {
    const t = await createCaseTestApp();
    const admin = await t.loginAs(adminEmail);
    const reviewerId = t.db
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(eq(schema.users.email, reviewerEmail))
      .get()!.id;
    const jobcenterId = t.organizationIdOf(jobcenterEmail);
    const assigned = await t.request(`/api/cases/${t.caseId}/assignee`, {
      cookie: admin,
      body: { userId: reviewerId },
    });
    expect(assigned.status).toBe(200);
    const shared = await t.request(`/api/cases/${t.caseId}/shares`, {
      cookie: t.hr,
      body: { partnerOrganizationId: jobcenterId },
    });
    expect(shared.status).toBe(201);
    const entries = (
      await readList(
        await t.request('/api/admin/audit-log', { cookie: admin }),
        auditLogEntrySchema,
      )
    ).items;
    const entryOf = (action: string) => entries.find((entry) => entry.action === action);
    expect(entryOf('case.assigned')).toMatchObject({
      details: { after: { assigneeUserId: reviewerId } },
      namesById: { [reviewerId]: 'Katrin Hoffmann' },
    });
    expect(entryOf('case.shared')?.namesById).toEqual({ [jobcenterId]: 'Jobcenter Duisburg' });
    expect(entryOf('auth.login')?.namesById).toEqual({});
  });

  it('finds a case by its reference as people type it and names every target', async () => {
    const t = await createCaseTestApp();
    const admin = await t.loginAs(adminEmail);
    await t.moveOk(t.reviewer, t.caseId, 'in_review');
    const read = (query: string, cookie = admin) =>
      t.request(`/api/admin/audit-log?${query}`, { cookie });
    const { reference } = t.db
      .select()
      .from(schema.cases)
      .where(eq(schema.cases.id, t.caseId))
      .get()!;

    const byReference = await read(`caseReference=${` ${reference.toLowerCase()} `}`);
    expect(byReference.status).toBe(200);
    expect((await readList(byReference, auditLogEntrySchema)).items).toEqual([
      expect.objectContaining({
        action: 'case.transitioned',
        targetType: 'case',
        targetId: t.caseId,
        targetLabel: reference,
      }),
    ]);
    expect(
      (await readList(await read('caseReference=ITC-1999-000001'), auditLogEntrySchema)).items,
    ).toEqual([]);

    const everything = (await readList(await read('limit=100'), auditLogEntrySchema)).items;
    const labelOf = (action: string) => everything.find((e) => e.action === action)?.targetLabel;
    expect(labelOf('auth.login')).toBe('Stefan Wagner');
    expect(labelOf('precheck.submitted')).toBe('Lakshmi Raghavan');
    expect(labelOf('document.uploaded')).toMatch(/\.pdf$/);

    const malformed = await read('caseReference=2026-123');
    expect(malformed.status).toBe(400);
    expect((await readProblem(malformed)).errors).toEqual([
      {
        path: 'query.caseReference',
        message: expect.stringContaining('ITC-2026-000123'),
        code: 'case_reference_format',
      },
    ]);
    const reversed = await read('from=2026-11-25&to=2026-11-24');
    expect(reversed.status).toBe(400);
    expect((await readProblem(reversed)).errors).toEqual([
      {
        path: 'to',
        message: expect.stringContaining('vor dem Beginn des Zeitraums'),
        code: 'date_before_period_start',
      },
    ]);
    expect((await read(`caseReference=${reference}`, t.hr)).status).toBe(403);
    expect((await read(`caseReference=${reference}`, t.reviewer)).status).toBe(403);
  });
});
