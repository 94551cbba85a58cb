import { schema } from '@itc/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminEmail, createCaseTestApp, reviewerEmail } from '../testing/case-test-app';

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
    const entries = (await byCase.json()).items;
    expect(entries.map((entry: { action: string }) => entry.action)).toEqual([
      'case.assigned',
      'case.transitioned',
    ]);
    expect(entries[1]).toMatchObject({
      actor: { name: 'Katrin Hoffmann', email: reviewerEmail },
      actingOrganization: { name: expect.stringContaining('Stadt Duisburg') },
      onBehalfOfOrganization: { name: 'Rhein-Stahl GmbH' },
      targetType: 'case',
      before: { status: 'submitted', version: 1 },
      after: { status: 'in_review', version: 2 },
    });

    const reviewerId = t.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.email, reviewerEmail))
      .get()!.id;
    const byActor = await (await read(`actorUserId=${reviewerId}`)).json();
    expect(
      byActor.items.every((entry: { actor: { id: string } }) => entry.actor.id === reviewerId),
    ).toBe(true);
    expect(byActor.items.map((entry: { action: string }) => entry.action)).toContain(
      'case.transitioned',
    );
    expect((await (await read(`targetId=${t.caseId}&to=2026-11-24`)).json()).items).toEqual([]);
    expect(
      (await (await read(`targetId=${t.caseId}&from=2026-11-25&to=2026-11-25`)).json()).items,
    ).toHaveLength(2);

    const first = await (await read(`targetId=${t.caseId}&limit=1`)).json();
    expect(first.items).toHaveLength(1);
    const second = await (
      await read(`targetId=${t.caseId}&limit=1&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items[0].action).toBe('case.transitioned');

    expect((await read('', t.reviewer)).status).toBe(403);
    expect((await read('', t.hr)).status).toBe(403);
  });
});
