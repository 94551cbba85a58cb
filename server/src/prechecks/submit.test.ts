import { schema } from '@itc/db';
import { precheckSchema, submittedCaseSchema } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insertTestHire } from '../testing/insert-test-hire';
import { completeAnswers } from '../testing/precheck-answers';
import { createPrecheckTestApp } from '../testing/precheck-test-app';
import { readBody, readProblem } from '../testing/read-body';
import type { TestApp } from '../testing/test-app';

/** What a submission writes; all of it must stay untouched when one is refused. */
function submissionTraces(db: TestApp['db']) {
  return {
    cases: db.select().from(schema.cases).all(),
    events: db.select().from(schema.caseEvents).all(),
    counters: db.select().from(schema.caseReferenceCounters).all(),
    submittedAudit: db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'precheck.submitted'))
      .all(),
  };
}

const nothingWritten = { cases: [], events: [], counters: [], submittedAudit: [] };

describe('submitting a pre-check', () => {
  it('opens a case in one go: reference, event, audit, hire in procedure', async () => {
    const { request, flow, hr, hireId, db } = await createPrecheckTestApp();
    const ready = await flow.prepare(hr, hireId);
    const response = await request(`/api/prechecks/${ready.id}/submit`, {
      cookie: hr,
      body: { version: ready.version, declaration: true },
    });
    expect(response.status).toBe(201);
    const submitted = await readBody(response, submittedCaseSchema);
    expect(submitted).toMatchObject({
      reference: 'ITC-2026-000001',
      status: 'submitted',
      version: 1,
      hireId,
      hireName: 'Lakshmi Raghavan',
      organizationName: 'Rhein-Stahl GmbH',
      submission: { submittedByName: 'Sabine Krüger', answers: completeAnswers() },
    });
    expect(submitted.reference).toMatch(/^ITC-\d{4}-\d{6}$/);

    const hire = db.select().from(schema.hires).where(eq(schema.hires.id, hireId)).get();
    expect(hire).toMatchObject({ status: 'in_procedure', version: 2 });
    const { events, submittedAudit } = submissionTraces(db);
    expect(events).toEqual([
      expect.objectContaining({
        caseId: submitted.id,
        fromStatus: null,
        toStatus: 'submitted',
        actingOrganizationId: submitted.organizationId,
      }),
    ]);
    expect(submittedAudit).toEqual([
      expect.objectContaining({ targetId: ready.id, onBehalfOfOrganizationId: null }),
    ]);
    const precheck = await readBody(
      await request(`/api/prechecks/${ready.id}`, { cookie: hr }),
      precheckSchema,
    );
    expect(precheck).toMatchObject({ status: 'submitted', caseId: submitted.id });

    const again = await request(`/api/prechecks/${ready.id}/submit`, {
      cookie: hr,
      body: { version: precheck.version, declaration: true },
    });
    expect(again.status).toBe(409);
    expect((await flow.save(hr, precheck)).status).toBe(409);
  });

  it('numbers cases of a year one after the other', async () => {
    const { request, flow, hr, hireId, employerId, db } = await createPrecheckTestApp();
    const references: string[] = [];
    for (const id of [hireId, insertTestHire(db, { organizationId: employerId })]) {
      const ready = await flow.prepare(hr, id);
      const response = await request(`/api/prechecks/${ready.id}/submit`, {
        cookie: hr,
        body: { version: ready.version, declaration: true },
      });
      references.push((await readBody(response, submittedCaseSchema)).reference);
    }
    expect(references).toEqual(['ITC-2026-000001', 'ITC-2026-000002']);
  });

  it('refuses a pending employer with 403 and writes nothing', async () => {
    const t = await createPrecheckTestApp();
    const pendingId = t.organizationIdOf('hr@neu-logistik.example');
    const cookie = await t.loginAs('hr@neu-logistik.example');
    const hireId = insertTestHire(t.db, { organizationId: pendingId });
    const ready = await t.flow.prepare(cookie, hireId);
    const response = await t.request(`/api/prechecks/${ready.id}/submit`, {
      cookie,
      body: { version: ready.version, declaration: true },
    });
    expect(response.status).toBe(403);
    const problem = await readProblem(response);
    expect(problem.code).toBe('organization_not_verified');
    expect(problem.detail).toMatch(/Neu Logistik UG has not been verified/);
    expect(submissionTraces(t.db)).toEqual(nothingWritten);
    const hire = t.db.select().from(schema.hires).where(eq(schema.hires.id, hireId)).get();
    expect(hire?.status).toBe('active');
    const precheck = await readBody(
      await t.request(`/api/prechecks/${ready.id}`, { cookie }),
      precheckSchema,
    );
    expect(precheck).toMatchObject({ status: 'draft', version: ready.version, caseId: null });
  });

  it('lists every missing answer and document as precheck_incomplete', async () => {
    const { request, flow, hr, hireId, db } = await createPrecheckTestApp();
    const draft = await flow.start(hr, hireId);
    const unanswered = await request(`/api/prechecks/${draft.id}/submit`, {
      cookie: hr,
      body: { version: 1, declaration: true },
    });
    expect(unanswered.status).toBe(409);
    const gaps = await readProblem(unanswered);
    expect(gaps.code).toBe('precheck_incomplete');
    expect(gaps.errors).toContainEqual({
      path: 'job.startDate',
      message: 'Bitte beantworten Sie diese Frage.',
      code: 'answer_missing',
    });

    const saved = await readBody(
      await flow.save(hr, draft, completeAnswers({ title: null, placeOfWork: '' })),
      precheckSchema,
    );
    await flow.upload(hr, saved.id, 'passport_copy');
    const response = await request(`/api/prechecks/${saved.id}/submit`, {
      cookie: hr,
      body: { version: saved.version, declaration: true },
    });
    expect(response.status).toBe(409);
    const problem = await readProblem(response);
    const paths = problem.errors?.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'job.title',
        'job.placeOfWork',
        'documents.power_of_attorney',
        'documents.employment_contract',
        'documents.degree_certificate',
      ]),
    );
    expect(paths).not.toContain('documents.passport_copy');
    expect(paths).not.toContain('documents.sub_authorisation');
    expect(problem.errors).toContainEqual({
      path: 'residenceTitle',
      message: 'Bitte beantworten Sie diese Frage.',
      code: 'answer_missing',
    });
    expect(problem.errors).toContainEqual({
      path: 'documents.cv_german',
      message: 'Lebenslauf auf Deutsch: Dieses Dokument fehlt noch.',
      code: 'document_missing',
    });
    expect(submissionTraces(db)).toEqual(nothingWritten);
  });

  it('refuses a pre-check where no pathway is open', async () => {
    const { request, flow, hr, hireId } = await createPrecheckTestApp();
    const draft = await flow.start(hr, hireId);
    // Below the minimum wage: every pathway is not eligible.
    const saved = await readBody(
      await flow.save(hr, draft, completeAnswers({ annualGrossSalaryEur: 12_000 })),
      precheckSchema,
    );
    expect(saved.assessment?.acceleratedProcedure.available).toBe(false);
    const response = await request(`/api/prechecks/${saved.id}/submit`, {
      cookie: hr,
      body: { version: saved.version, declaration: true },
    });
    expect(response.status).toBe(409);
    expect((await readProblem(response)).code).toBe('precheck_not_eligible');
  });

  it('refuses a stale version', async () => {
    const { request, flow, hr, hireId } = await createPrecheckTestApp();
    const ready = await flow.prepare(hr, hireId);
    const response = await request(`/api/prechecks/${ready.id}/submit`, {
      cookie: hr,
      body: { version: ready.version - 1, declaration: true },
    });
    expect(response.status).toBe(409);
    expect((await readProblem(response)).code).toBe('stale_version');
  });

  it('requires the declaration as a field', async () => {
    const { request, flow, hr, hireId, db } = await createPrecheckTestApp();
    const ready = await flow.prepare(hr, hireId);
    for (const body of [
      { version: ready.version },
      { version: ready.version, declaration: false },
    ]) {
      const response = await request(`/api/prechecks/${ready.id}/submit`, { cookie: hr, body });
      expect(response.status).toBe(400);
      expect((await readProblem(response)).errors).toEqual([
        {
          path: 'declaration',
          message: 'Bitte bestätigen Sie die Erklärung, bevor Sie einreichen.',
          code: 'declaration_required',
        },
      ]);
    }
    expect(submissionTraces(db)).toEqual(nothingWritten);
  });
});

describe('the chosen residence title', () => {
  it('is refused on save with a field error when the assessment rules it out', async () => {
    const { flow, hr, hireId } = await createPrecheckTestApp();
    const draft = await flow.start(hr, hireId);
    // The engineer has a degree, so § 18a (vocational training) is ruled out.
    const response = await flow.save(hr, draft, { ...completeAnswers(), residenceTitle: '18a' });
    expect(response.status).toBe(400);
    expect((await readProblem(response)).errors).toEqual([
      expect.objectContaining({
        path: 'answers.residenceTitle',
        code: 'residence_title_not_open',
      }),
    ]);
  });

  it('makes the checklist: § 19c(2) asks for experience, not for the degree', async () => {
    const { request, flow, hr, hireId } = await createPrecheckTestApp();
    const draft = await flow.start(hr, hireId);
    const saved = await readBody(
      await flow.save(hr, draft, { ...completeAnswers(), residenceTitle: '19c2' }),
      precheckSchema,
    );
    expect(saved.answers.residenceTitle).toBe('19c2');
    const refused = await request(`/api/prechecks/${saved.id}/submit`, {
      cookie: hr,
      body: { version: saved.version, declaration: true },
    });
    expect(refused.status).toBe(409);
    const paths = (await readProblem(refused)).errors?.map((e) => e.path);
    expect(paths).toContain('documents.experience_proof');
    expect(paths).not.toContain('documents.degree_certificate');

    for (const document of saved.assessment?.requiredDocuments ?? []) {
      if (document.required && document.pathways.includes('19c2')) {
        expect((await flow.upload(hr, saved.id, document.code)).status).toBe(201);
      }
    }
    const ready = await readBody(
      await request(`/api/prechecks/${saved.id}`, { cookie: hr }),
      precheckSchema,
    );
    const submitted = await request(`/api/prechecks/${ready.id}/submit`, {
      cookie: hr,
      body: { version: ready.version, declaration: true },
    });
    expect(submitted.status).toBe(201);
    const frozen = await readBody(
      await request(`/api/prechecks/${ready.id}`, { cookie: hr }),
      precheckSchema,
    );
    const codes = frozen.assessment?.requiredDocuments.map((d) => d.code);
    expect(codes).toContain('experience_proof');
    expect(codes).not.toContain('degree_certificate');
  });
});
