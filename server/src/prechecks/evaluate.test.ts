import { precheckAssessmentSchema } from '@itc/shared';
import { makeInput } from '@itc/shared/testing';
import { describe, expect, it } from 'vitest';
import { readBody, readProblem } from '../testing/read-body';
import { createTestApp } from '../testing/test-app';

describe('POST /api/prechecks/evaluate', () => {
  it('assesses a valid input in the user’s language, or in ?locale', async () => {
    const { request, loginAs } = await createTestApp();
    const cookie = await loginAs('hr@rhein-stahl.example');
    const german = await request('/api/prechecks/evaluate', { cookie, body: makeInput() });
    expect(german.status).toBe(200);
    const assessment = await readBody(german, precheckAssessmentSchema);
    expect(assessment.pathways.find((p) => p.code === '18g')?.result).toBe('eligible');
    expect(assessment.acceleratedProcedure.reasons[0]?.message).toMatch(
      /^Das beschleunigte Fachkräfteverfahren/,
    );

    const english = await request('/api/prechecks/evaluate?locale=en', {
      cookie,
      body: makeInput(),
    });
    expect(english.status).toBe(200);
    expect(
      (await readBody(english, precheckAssessmentSchema)).acceleratedProcedure.reasons[0]?.message,
    ).toMatch(/^The accelerated skilled-worker procedure/);
  });

  it('answers invalid input with 400 and the field paths', async () => {
    const { request, loginAs } = await createTestApp();
    const cookie = await loginAs('berater@ihk.example');
    const input = makeInput();
    const response = await request('/api/prechecks/evaluate', {
      cookie,
      body: {
        ...input,
        startDate: 'soon',
        job: { ...input.job, weeklyHours: 80 },
        extra: true,
      },
    });
    expect(response.status).toBe(400);
    const problem = await readProblem(response);
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors?.map((e) => e.path)).toEqual(
      expect.arrayContaining(['startDate', 'job.weeklyHours', 'extra']),
    );
    const badLocale = await request('/api/prechecks/evaluate?locale=fr', { cookie, body: input });
    expect(badLocale.status).toBe(400);
    expect((await readProblem(badLocale)).errors?.[0]?.path).toBe('query.locale');
  });

  it('needs a session, whatever the body (401 before validation)', async () => {
    const { request } = await createTestApp();
    for (const body of [makeInput(), { nonsense: true }]) {
      const response = await request('/api/prechecks/evaluate', { body });
      expect(response.status).toBe(401);
      expect((await readProblem(response)).code).toBe('unauthenticated');
    }
  });
});
