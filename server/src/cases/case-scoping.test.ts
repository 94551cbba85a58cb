import { schema } from '@itc/db';
import {
  caseDetailSchema,
  caseDocumentSchema,
  caseListItemSchema,
  caseMessageSchema,
  caseShareSchema,
} from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  type CaseTestApp,
  createCaseTestApp,
  ihkEmail,
  jobcenterEmail,
  pflegeHrEmail,
} from '../testing/case-test-app';
import { insertTestMandate } from '../testing/insert-test-mandate';
import { readBody, readList, readProblem } from '../testing/read-body';

/** The case in `documents_requested` with one upload, so every case route has something to hit. */
async function caseWithOpenRequest(t: CaseTestApp) {
  await t.moveOk(t.reviewer, t.caseId, 'in_review');
  const requested = await t.moveOk(t.reviewer, t.caseId, {
    to: 'documents_requested',
    documents: [{ code: 'cv_german', label: 'Lebenslauf' }],
    message: 'Bitte den Lebenslauf nachreichen.',
  });
  const upload = await readBody(
    await t.uploadToCase(t.hr, t.caseId, 'cv_german'),
    caseDocumentSchema,
  );
  return { requestId: requested.openDocumentRequest!.id, documentId: upload.id };
}

function jobcenterId(t: CaseTestApp) {
  return t.organizationIdOf(jobcenterEmail);
}

/** Every case route, with a valid body, as another organisation would call it. */
async function everyCaseRoute(
  t: CaseTestApp,
  cookie: string,
  ids: { requestId: string; documentId: string },
) {
  const base = `/api/cases/${t.caseId}`;
  const responses: [string, number][] = [];
  const call = async (
    label: string,
    path: string,
    init: Parameters<CaseTestApp['request']>[1] = {},
  ) => {
    responses.push([label, (await t.request(path, { cookie, ...init })).status]);
  };
  await call('detail', base);
  await call('receipt', `${base}/receipt.pdf`);
  await call('transition', `${base}/transitions`, {
    body: { to: 'withdrawn', version: 3, reason: 'Wir ziehen zurück.' },
  });
  await call('messages', `${base}/messages`);
  await call('post message', `${base}/messages`, { body: { body: 'Hallo' } });
  await call('assignee', `${base}/assignee`, { body: { userId: null } });
  await call('share', `${base}/shares`, { body: { partnerOrganizationId: jobcenterId(t) } });
  await call('revoke share', `${base}/shares/any/revoke`, { method: 'POST' });
  await call('answer', `${base}/document-requests/${ids.requestId}/answer`, {
    body: { version: 3 },
  });
  await call('delete document', `${base}/documents/${ids.documentId}`, { method: 'DELETE' });
  await call('document content', `/api/documents/${ids.documentId}/content`);
  await call('employment ended', `${base}/employment-ended`, {
    body: { learnedOn: '2026-11-01' },
  });
  responses.push(['upload', (await t.uploadToCase(cookie, t.caseId, 'cv_german')).status]);
  return responses;
}

describe('[HR][PARTNER] case scoping', () => {
  it('answers 404 on every case route to another employer and an unrelated partner', async () => {
    const t = await createCaseTestApp();
    const ids = await caseWithOpenRequest(t);
    for (const email of [pflegeHrEmail, jobcenterEmail]) {
      const cookie = await t.loginAs(email);
      const responses = await everyCaseRoute(t, cookie, ids);
      for (const [label, status] of responses) expect(status, `${email} ${label}`).toBe(404);
      const list = await readList(await t.request('/api/cases', { cookie }), caseListItemSchema);
      expect(list.items, email).toEqual([]);
    }
    // Nothing was written by the refused calls.
    const caseRow = t.db.select().from(schema.cases).where(eq(schema.cases.id, t.caseId)).get();
    expect(caseRow).toMatchObject({ status: 'documents_requested', version: 3 });
  });

  it('lets a partner with the employer’s mandate follow and answer cases as HR does', async () => {
    const t = await createCaseTestApp();
    const ids = await caseWithOpenRequest(t);
    const ihk = await t.loginAs(ihkEmail);
    const detail = await readBody(await t.readCase(ihk, t.caseId), caseDetailSchema);
    expect(detail).toMatchObject({
      access: 'employer',
      allowedTransitions: ['in_review', 'withdrawn'],
      // Who else may read the case is the employer's own decision.
      can: { share: false },
      partnersWithMandate: [],
    });
    expect((await t.uploadToCase(ihk, t.caseId, 'cv_german')).status).toBe(201);
    const answered = await t.request(
      `/api/cases/${t.caseId}/document-requests/${ids.requestId}/answer`,
      {
        cookie: ihk,
        body: { version: 3 },
      },
    );
    expect(answered.status).toBe(200);
    expect((await readBody(answered, caseDetailSchema)).status).toBe('in_review');
    const audit = t.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'case.transitioned'))
      .all()
      .at(-1);
    expect(audit?.onBehalfOfOrganizationId).toBe(t.employerId);
    const list = await readList(await t.request('/api/cases', { cookie: ihk }), caseListItemSchema);
    expect(list.items.map((item) => item.id)).toEqual([t.caseId]);

    const share = await t.request(`/api/cases/${t.caseId}/shares`, {
      cookie: t.hr,
      body: { partnerOrganizationId: jobcenterId(t) },
    });
    expect(share.status).toBe(201);
    const beforeRefusals = t.traces();
    const byPartner = await t.request(`/api/cases/${t.caseId}/shares`, {
      cookie: ihk,
      body: { partnerOrganizationId: jobcenterId(t) },
    });
    expect(byPartner.status, 'a mandated partner shares nothing').toBe(403);
    const revokeByPartner = await t.request(
      `/api/cases/${t.caseId}/shares/${(await readBody(share, caseShareSchema)).id}/revoke`,
      { method: 'POST', cookie: ihk },
    );
    expect(revokeByPartner.status).toBe(403);
    expect(t.traces()).toEqual(beforeRefusals);
  });

  it('shares one case read-only with a partner: it reads and writes messages, nothing else', async () => {
    const t = await createCaseTestApp();
    const ids = await caseWithOpenRequest(t);
    const shareWith = (partnerOrganizationId: string) =>
      t.request(`/api/cases/${t.caseId}/shares`, { cookie: t.hr, body: { partnerOrganizationId } });
    const shared = await shareWith(jobcenterId(t));
    expect(shared.status).toBe(201);
    const share = await readBody(shared, caseShareSchema);
    expect(share).toMatchObject({ partner: { name: 'Jobcenter Duisburg' }, revokedAt: null });
    const jobcenterNotified = t.db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.to, jobcenterEmail))
      .all();
    expect(jobcenterNotified.map((mail) => mail.subject)).toEqual([
      expect.stringContaining('Rhein-Stahl GmbH hat ein Verfahren zur Beratung mit Ihnen geteilt'),
    ]);

    const advisor = await t.loginAs(jobcenterEmail);
    const detail = await readBody(await t.readCase(advisor, t.caseId), caseDetailSchema);
    expect(detail).toMatchObject({
      access: 'shared',
      allowedTransitions: [],
      shares: [],
      partnersWithMandate: [],
      can: { writeMessages: true, share: false, uploadRequestedDocuments: false },
    });
    const list = await readList(
      await t.request('/api/cases', { cookie: advisor }),
      caseListItemSchema,
    );
    expect(list.items.map((item) => item.id)).toEqual([t.caseId]);
    expect(
      (await t.request(`/api/documents/${ids.documentId}/content`, { cookie: advisor })).status,
    ).toBe(200);
    const message = await t.request(`/api/cases/${t.caseId}/messages`, {
      cookie: advisor,
      body: { body: 'Wir unterstützen gern bei den Unterlagen.' },
    });
    expect(message.status).toBe(201);
    expect((await readBody(message, caseMessageSchema)).author).toMatchObject({
      organizationName: 'Jobcenter Duisburg',
      side: 'employer_side',
    });
    const writes = (await everyCaseRoute(t, advisor, ids)).filter(
      ([label]) =>
        !['detail', 'receipt', 'messages', 'post message', 'document content'].includes(label),
    );
    for (const [label, status] of writes) expect(status, label).toBe(403);
    const beforeRefusals = t.traces();
    const twice = await shareWith(jobcenterId(t));
    expect(twice.status).toBe(409);
    expect((await readProblem(twice)).code).toBe('case_already_shared');
    const ihkShare = await shareWith(t.organizationIdOf(ihkEmail));
    expect(ihkShare.status, 'the IHK holds a mandate already').toBe(409);
    expect((await readProblem(ihkShare)).code).toBe('partner_holds_mandate');
    expect(t.traces()).toEqual(beforeRefusals);

    const revoked = await t.request(`/api/cases/${t.caseId}/shares/${share.id}/revoke`, {
      method: 'POST',
      cookie: t.hr,
    });
    expect(revoked.status).toBe(200);
    expect((await readBody(revoked, caseShareSchema)).revokedAt).toBe(t.clock.now().toISOString());
    expect((await t.readCase(advisor, t.caseId)).status).toBe(404);
    expect(
      (await t.request(`/api/documents/${ids.documentId}/content`, { cookie: advisor })).status,
    ).toBe(404);
    const ended = t.traces();
    const again = await t.request(`/api/cases/${t.caseId}/shares/${share.id}/revoke`, {
      method: 'POST',
      cookie: t.hr,
    });
    expect(again.status).toBe(409);
    expect((await readProblem(again)).code).toBe('share_already_revoked');
    expect(t.traces(), 'the share keeps the time it ended').toEqual(ended);
  });

  it('names the partners holding a mandate to the employer’s own staff only', async () => {
    const t = await createCaseTestApp();
    const mandatedNames = async (cookie: string) =>
      (
        await readBody(await t.readCase(cookie, t.caseId), caseDetailSchema)
      ).partnersWithMandate.map((partner) => partner.name);
    expect(await mandatedNames(t.hr)).toEqual(['Niederrheinische IHK']);
    insertTestMandate(t.db, {
      employerId: t.organizationIdOf(pflegeHrEmail),
      partnerId: jobcenterId(t),
    });
    expect(await mandatedNames(t.hr), 'another employer’s mandate').toEqual([
      'Niederrheinische IHK',
    ]);
    const jobcenterMandate = insertTestMandate(t.db, {
      employerId: t.employerId,
      partnerId: jobcenterId(t),
    });
    expect(await mandatedNames(t.hr)).toEqual(['Jobcenter Duisburg', 'Niederrheinische IHK']);
    // A mandated partner is not told whom else the employer mandated, nor are city staff.
    expect(await mandatedNames(await t.loginAs(ihkEmail))).toEqual([]);
    expect(await mandatedNames(t.reviewer)).toEqual([]);
    jobcenterMandate.revoke();
    expect(await mandatedNames(t.hr), 'a revoked mandate').toEqual(['Niederrheinische IHK']);
  });

  it('refuses to share with an organisation that is no verified partner', async () => {
    const t = await createCaseTestApp();
    const response = await t.request(`/api/cases/${t.caseId}/shares`, {
      cookie: t.hr,
      body: { partnerOrganizationId: t.organizationIdOf(pflegeHrEmail) },
    });
    expect(response.status).toBe(400);
    expect((await readProblem(response)).errors?.[0]?.path).toBe('partnerOrganizationId');
    const byCity = await t.request(`/api/cases/${t.caseId}/shares`, {
      cookie: t.reviewer,
      body: { partnerOrganizationId: jobcenterId(t) },
    });
    expect(byCity.status).toBe(403);
  });

  it('asks for a session on every case route', async () => {
    const t = await createCaseTestApp();
    for (const path of ['/api/cases', `/api/cases/${t.caseId}`, '/api/cases/dashboard']) {
      expect((await t.request(path)).status, path).toBe(401);
    }
  });
});
