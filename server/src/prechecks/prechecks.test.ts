import { schema } from '@itc/db';
import { emptyPrecheckAnswers, precheckSchema, problemSchema } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { insertTestHire } from '../testing/insert-test-hire';
import { completeAnswers } from '../testing/precheck-answers';
import { createPrecheckTestApp } from '../testing/precheck-test-app';
import { readBody, readList, readProblem } from '../testing/read-body';

describe('pre-check drafts', () => {
  it('starts a draft at step job with empty answers, audited; a second start is 409', async () => {
    const { request, flow, hr, hireId, db } = await createPrecheckTestApp();
    const response = await request('/api/prechecks', { cookie: hr, body: { hireId } });
    expect(response.status).toBe(201);
    const precheck = await readBody(response, precheckSchema);
    expect(precheck).toMatchObject({
      hireId,
      status: 'draft',
      step: 'job',
      answers: emptyPrecheckAnswers,
      assessment: null,
      documents: [],
      caseId: null,
      version: 1,
    });
    expect(precheck.missingAnswers).toContain('job.weeklyHours');
    const audit = db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.targetId, precheck.id))
      .all();
    expect(audit.map((entry) => entry.action)).toEqual(['precheck.created']);

    const again = await request('/api/prechecks', { cookie: hr, body: { hireId } });
    expect(again.status).toBe(409);
    // `precheckId` is an extra of this answer that the shared problem schema does not name.
    expect(
      (await readBody(again, problemSchema.extend({ precheckId: z.string() }))).precheckId,
    ).toBe(precheck.id);
    await flow.start(hr, insertTestHire(db, { organizationId: precheck.organizationId }));
  });

  it('refuses archived hires, unknown hires and city staff', async () => {
    const { request, hr, employerId, db, loginAs, hireId } = await createPrecheckTestApp();
    const archived = insertTestHire(db, { organizationId: employerId, status: 'archived' });
    expect(
      (await request('/api/prechecks', { cookie: hr, body: { hireId: archived } })).status,
    ).toBe(409);
    expect((await request('/api/prechecks', { cookie: hr, body: { hireId: 'nope' } })).status).toBe(
      404,
    );
    const city = await loginAs('sachbearbeitung@stadt.example');
    expect((await request('/api/prechecks', { cookie: city, body: { hireId } })).status).toBe(403);
  });

  it('saves answers and re-evaluates them on the server in the user’s language', async () => {
    const { request, flow, hr, hireId } = await createPrecheckTestApp();
    const draft = await flow.start(hr, hireId);
    const partial = {
      ...emptyPrecheckAnswers,
      job: { ...emptyPrecheckAnswers.job, title: 'Ingenieurin', weeklyHours: 40 },
    };
    const first = await flow.save(hr, draft, partial, 'job');
    expect(first.status).toBe(200);
    const incomplete = await readBody(first, precheckSchema);
    expect(incomplete).toMatchObject({ step: 'job', version: 2, assessment: null });
    expect(incomplete.missingAnswers).toEqual(
      expect.arrayContaining(['job.annualGrossSalaryEur', 'firstResidenceTitleForWork']),
    );
    expect(incomplete.missingAnswers).not.toContain('job.weeklyHours');

    const second = await flow.save(hr, incomplete, completeAnswers(), 'licence');
    expect(second.status).toBe(200);
    const complete = await readBody(second, precheckSchema);
    expect(complete.version).toBe(3);
    expect(complete.missingAnswers).toEqual([]);
    expect(complete.assessment?.pathways.find((p) => p.code === '18g')?.result).toBe('eligible');
    expect(complete.assessment?.acceleratedProcedure.reasons[0]?.message).toMatch(/^Das /);
    expect(complete.assessment?.requiredDocuments.map((d) => d.code)).toContain('passport_copy');

    const read = await readBody(
      await request(`/api/prechecks/${complete.id}`, { cookie: hr }),
      precheckSchema,
    );
    expect(read).toEqual(complete);
  });

  it('refuses a stale version with 409 and writes nothing', async () => {
    const { flow, hr, hireId, db } = await createPrecheckTestApp();
    const draft = await flow.start(hr, hireId);
    expect((await flow.save(hr, draft, completeAnswers())).status).toBe(200);
    const stale = await flow.save(hr, draft, emptyPrecheckAnswers, 'job');
    expect(stale.status).toBe(409);
    expect((await readProblem(stale)).code).toBe('stale_version');
    const row = db.select().from(schema.prechecks).where(eq(schema.prechecks.id, draft.id)).get();
    expect(row).toMatchObject({ version: 2, step: 'documents', answers: completeAnswers() });
  });

  it('never takes an assessment from the client and refuses contradicting answers', async () => {
    const { request, flow, hr, hireId } = await createPrecheckTestApp();
    const draft = await flow.start(hr, hireId);
    const injected = await request(`/api/prechecks/${draft.id}`, {
      method: 'PUT',
      cookie: hr,
      body: { step: 'job', answers: completeAnswers(), version: 1, assessment: { forged: true } },
    });
    expect(injected.status).toBe(400);
    expect((await readProblem(injected)).errors?.[0]?.path).toBe('assessment');

    const beforeBirth = await flow.save(hr, draft, completeAnswers({ startDate: '1990-01-01' }));
    expect(beforeBirth.status).toBe(400);
    expect((await readProblem(beforeBirth)).errors?.map((e) => e.path)).toContain(
      'hire.dateOfBirth',
    );
  });

  it('lists the drafts of a hire with a cursor, latest change first', async () => {
    const { request, flow, hr, hireId, employerId, db, clock } = await createPrecheckTestApp();
    const other = insertTestHire(db, { organizationId: employerId });
    clock.advance(60_000); // after the seeded demo drafts
    const first = await flow.start(hr, hireId);
    clock.advance(60_000);
    const second = await flow.start(hr, other);
    const page = await readList(
      await request('/api/prechecks?limit=1', { cookie: hr }),
      precheckSchema,
    );
    expect(page.items.map((p) => p.id)).toEqual([second.id]);
    const next = await readList(
      await request(`/api/prechecks?limit=1&cursor=${page.nextCursor}`, { cookie: hr }),
      precheckSchema,
    );
    expect(next.items.map((p) => p.id)).toEqual([first.id]);
    const ofHire = await readList(
      await request(`/api/prechecks?hireId=${hireId}`, { cookie: hr }),
      precheckSchema,
    );
    expect(ofHire).toEqual({
      items: [expect.objectContaining({ id: first.id })],
      nextCursor: null,
    });
  });

  it('lets city staff read but not write', async () => {
    const { request, flow, hr, hireId, loginAs } = await createPrecheckTestApp();
    const draft = await flow.start(hr, hireId);
    const city = await loginAs('sachbearbeitung@stadt.example');
    expect((await request(`/api/prechecks/${draft.id}`, { cookie: city })).status).toBe(200);
    expect((await request(`/api/prechecks?hireId=${hireId}`, { cookie: city })).status).toBe(200);
    expect((await flow.save(city, draft)).status).toBe(403);
  });
});
