import { schema } from '@itc/db';
import { type CaseTransitionInput, caseDetailSchema, submittedCaseSchema } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { completeAnswers } from './precheck-answers';
import { createPrecheckTestApp } from './precheck-test-app';
import { readBody } from './read-body';
import { samplePdf } from './sample-files';
import type { TestResponse } from './test-app';

export const reviewerEmail = 'sachbearbeitung@stadt.example';
export const adminEmail = 'admin@stadt.example';
export const rheinStahlHrEmail = 'hr@rhein-stahl.example';
export const pflegeHrEmail = 'hr@pflege-ruhr.example';
export const ihkEmail = 'berater@ihk.example';
export const jobcenterEmail = 'team@jobcenter.example';

/** A move as the tests write it: the helper adds the version it reads first. */
type MoveTarget = CaseTransitionInput extends infer T
  ? T extends unknown
    ? Omit<T, 'version'>
    : never
  : never;

/**
 * A test portal with one submitted case of Rhein-Stahl (the Blue Card engineer of
 * `completeAnswers`), its HR user and a city reviewer signed in, and helpers to move it.
 */
export async function createCaseTestApp() {
  const t = await createPrecheckTestApp();
  const reviewer = await t.loginAs(reviewerEmail);

  async function submitCase(cookie = t.hr, hireId = t.hireId, answers = completeAnswers()) {
    const ready = await t.flow.prepare(cookie, hireId, answers);
    const response = await t.request(`/api/prechecks/${ready.id}/submit`, {
      cookie,
      body: { version: ready.version, declaration: true },
    });
    if (response.status !== 201) throw new Error(`submit failed: ${response.status}`);
    return readBody(response, submittedCaseSchema);
  }

  function readCase(cookie: string, caseId: string) {
    return t.request(`/api/cases/${caseId}`, { cookie });
  }

  function move(cookie: string, caseId: string, body: Record<string, unknown>) {
    return t.request(`/api/cases/${caseId}/transitions`, { cookie, body });
  }

  /** Moves with the current version and fails loudly when a move is refused. */
  async function moveOk(cookie: string, caseId: string, target: MoveTarget | string) {
    const current = await readBody(await readCase(cookie, caseId), caseDetailSchema);
    const body = typeof target === 'string' ? { to: target } : target;
    const response = await move(cookie, caseId, { ...body, version: current.version });
    if (response.status !== 200) {
      throw new Error(`move to ${body.to} failed: ${response.status} ${await response.text()}`);
    }
    return readBody(response, caseDetailSchema);
  }

  async function uploadToCase(
    cookie: string,
    caseId: string,
    requirementCode: string,
    bytes: Uint8Array = samplePdf,
  ): Promise<TestResponse> {
    const form = new FormData();
    form.set('requirementCode', requirementCode);
    form.set('file', new File([new Uint8Array(bytes)], 'nachweis.pdf'));
    const response = await t.app.request(`http://localhost/api/cases/${caseId}/documents`, {
      method: 'POST',
      body: form,
      headers: { cookie },
    });
    return response as unknown as TestResponse;
  }

  const caseId = (await submitCase()).id;

  /** Everything a refused request on the case must leave untouched. */
  function traces() {
    const { db } = t;
    return {
      caseRow: db.select().from(schema.cases).where(eq(schema.cases.id, caseId)).get(),
      events: db.select().from(schema.caseEvents).where(eq(schema.caseEvents.caseId, caseId)).all()
        .length,
      shares: db.select().from(schema.caseShares).where(eq(schema.caseShares.caseId, caseId)).all(),
      notifications: db.select().from(schema.notifications).all().length,
      outbox: db.select().from(schema.outbox).all().length,
      audit: db.select().from(schema.auditLog).all().length,
    };
  }

  return { ...t, reviewer, caseId, submitCase, readCase, move, moveOk, uploadToCase, traces };
}

export type CaseTestApp = Awaited<ReturnType<typeof createCaseTestApp>>;
