import { schema } from '@itc/db';
import { precheckSchema, submittedCaseSchema } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insertTestHire } from '../testing/insert-test-hire';
import { insertTestMandate } from '../testing/insert-test-mandate';
import { completeAnswers } from '../testing/precheck-answers';
import { createPrecheckTestApp } from '../testing/precheck-test-app';
import { readBody, readList } from '../testing/read-body';
import type { TestResponse } from '../testing/test-app';

/** A submitted pre-check of Rhein-Stahl with one document, and its case. */
async function submittedPrecheck() {
  const t = await createPrecheckTestApp();
  const ready = await t.flow.prepare(t.hr, t.hireId);
  const submitted = await readBody(
    await t.request(`/api/prechecks/${ready.id}/submit`, {
      cookie: t.hr,
      body: { version: ready.version, declaration: true },
    }),
    submittedCaseSchema,
  );
  return { ...t, precheck: ready, caseId: submitted.id, documentId: ready.documents[0]!.id };
}

describe('who reaches a pre-check', () => {
  it('answers 404 to another organisation on every route', async () => {
    const t = await submittedPrecheck();
    const draft = await t.flow.start(t.hr, insertTestHire(t.db, { organizationId: t.employerId }));
    const outsider = await t.loginAs('hr@pflege-ruhr.example');
    const calls: [string, () => Promise<TestResponse>][] = [
      ['get', () => t.request(`/api/prechecks/${draft.id}`, { cookie: outsider })],
      ['list', () => t.request(`/api/prechecks?hireId=${t.hireId}`, { cookie: outsider })],
      [
        'create',
        () => t.request('/api/prechecks', { cookie: outsider, body: { hireId: t.hireId } }),
      ],
      ['save', () => t.flow.save(outsider, draft, completeAnswers())],
      ['upload', () => t.flow.upload(outsider, draft.id, 'passport_copy')],
      [
        'delete',
        () =>
          t.request(`/api/prechecks/${t.precheck.id}/documents/${t.documentId}`, {
            method: 'DELETE',
            cookie: outsider,
          }),
      ],
      ['content', () => t.request(`/api/documents/${t.documentId}/content`, { cookie: outsider })],
      [
        'submit',
        () =>
          t.request(`/api/prechecks/${draft.id}/submit`, {
            cookie: outsider,
            body: { version: 1, declaration: true },
          }),
      ],
      [
        'vollmacht',
        () => t.request(`/api/prechecks/${draft.id}/power-of-attorney.pdf`, { cookie: outsider }),
      ],
      [
        'job sheet',
        () => t.request(`/api/prechecks/${draft.id}/job-data-sheet.pdf`, { cookie: outsider }),
      ],
      ['receipt', () => t.request(`/api/cases/${t.caseId}/receipt.pdf`, { cookie: outsider })],
    ];
    for (const [name, call] of calls) {
      const response = await call();
      expect(response.status, name).toBe(404);
    }
    const own = await readList(
      await t.request('/api/prechecks', { cookie: outsider }),
      precheckSchema,
    );
    expect(own.items.map((p) => p.id)).not.toContain(draft.id);
    // A partner without any mandate sees no employer at all.
    const unmandated = await t.loginAs('team@jobcenter.example');
    const none = await t.request('/api/prechecks', { cookie: unmandated });
    expect(none.status).toBe(200);
    expect((await readList(none, precheckSchema)).items).toEqual([]);
  });

  it('lets a mandated partner work for the employer until the mandate is revoked', async () => {
    const t = await createPrecheckTestApp();
    const employerId = t.organizationIdOf('hr@pflege-ruhr.example');
    const hireId = insertTestHire(t.db, { organizationId: employerId });
    const mandate = insertTestMandate(t.db, {
      employerId,
      partnerId: t.organizationIdOf('team@jobcenter.example'),
    });
    const partner = await t.loginAs('team@jobcenter.example');

    const ready = await t.flow.prepare(partner, hireId);
    expect(ready.documents.length).toBeGreaterThan(0);
    const audit = t.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'document.uploaded'))
      .all();
    expect(audit.map((entry) => entry.onBehalfOfOrganizationId)).toEqual(
      ready.documents.map(() => employerId),
    );

    const second = await t.flow.start(
      partner,
      insertTestHire(t.db, { organizationId: employerId }),
    );
    const documentId = ready.documents[0]!.id;
    const response = await t.request(`/api/prechecks/${ready.id}/submit`, {
      cookie: partner,
      body: { version: ready.version, declaration: true },
    });
    expect(response.status).toBe(201);
    const submitted = await readBody(response, submittedCaseSchema);
    expect(submitted.organizationName).toBe('Pflegedienst Ruhr gGmbH');
    const event = t.db.select().from(schema.caseEvents).get();
    expect(event?.actingOrganizationId).toBe(t.organizationIdOf('team@jobcenter.example'));

    mandate.revoke();
    const afterRevocation = [
      `/api/prechecks/${ready.id}`,
      `/api/prechecks?hireId=${hireId}`,
      `/api/prechecks/${ready.id}/power-of-attorney.pdf`,
      `/api/documents/${documentId}/content`,
      `/api/cases/${submitted.id}/receipt.pdf`,
    ];
    for (const path of afterRevocation) {
      expect((await t.request(path, { cookie: partner })).status, path).toBe(404);
    }
    expect((await t.flow.save(partner, second)).status).toBe(404);
    expect((await t.flow.upload(partner, second.id, 'passport_copy')).status).toBe(404);
  });
});
