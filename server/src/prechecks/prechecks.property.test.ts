import { precheckSchema } from '@itc/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPrecheckTestApp } from '../testing/precheck-test-app';
import { readBody } from '../testing/read-body';

const isoDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const maybeBoolean = fc.option(fc.boolean());

/** Answers the schema accepts, combined freely, contradictions included. */
const answers = fc.record({
  job: fc.record({
    title: fc.option(fc.string({ maxLength: 40 })),
    iscoCode: fc.option(fc.constantFrom('2151', '2221', '2512', '3221', '9999')),
    weeklyHours: fc.option(fc.double({ min: 1, max: 60, noNaN: true })),
    annualGrossSalaryEur: fc.option(fc.double({ min: 0.01, max: 10_000_000, noNaN: true })),
    startDate: fc.option(isoDate),
    placeOfWork: fc.option(fc.string({ maxLength: 40 })),
    permanent: maybeBoolean,
    collectiveAgreement: maybeBoolean,
    matchesQualification: maybeBoolean,
    shortageOccupation: maybeBoolean,
    itSpecialist: maybeBoolean,
    regulated: maybeBoolean,
  }),
  licence: fc.option(fc.constantFrom('held', 'applied', 'none')),
  firstResidenceTitleForWork: maybeBoolean,
  pensionProvision: maybeBoolean,
});

const expectNoServerError = (status: number) => {
  expect(status).toBeGreaterThanOrEqual(200);
  expect(status).toBeLessThan(500);
};

describe('bad input never yields a server error', () => {
  it('on evaluate and save, for arbitrary JSON', async () => {
    const { request, flow, hr, hireId } = await createPrecheckTestApp();
    const draft = await flow.start(hr, hireId);
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        const init = { cookie: hr, body: JSON.stringify(body) };
        expectNoServerError((await request('/api/prechecks/evaluate', init)).status);
        const save = await request(`/api/prechecks/${draft.id}`, { ...init, method: 'PUT' });
        expectNoServerError(save.status);
      }),
      { numRuns: 60 },
    );
  });

  it('on save, for schema-valid answers in any combination', async () => {
    const { request, flow, hr, hireId } = await createPrecheckTestApp();
    let current = await flow.start(hr, hireId);
    await fc.assert(
      fc.asyncProperty(answers, async (generated) => {
        const response = await flow.save(hr, current, generated);
        expect([200, 400]).toContain(response.status);
        if (response.status === 200) current = await readBody(response, precheckSchema);
      }),
      { numRuns: 100 },
    );
    const submit = await request(`/api/prechecks/${current.id}/submit`, {
      cookie: hr,
      body: { version: current.version, declaration: true },
    });
    expectNoServerError(submit.status);
  });
});
