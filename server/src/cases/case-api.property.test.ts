import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCaseTestApp } from '../testing/case-test-app';

const expectNoServerError = (status: number, body: unknown) => {
  expect(status, JSON.stringify(body)).toBeGreaterThanOrEqual(200);
  expect(status, JSON.stringify(body)).toBeLessThan(500);
};

/** Bodies shaped like moves, with any target, version and extra data. */
const moveLike = fc.record(
  {
    to: fc.oneof(
      fc.constantFrom(
        'in_review',
        'rejected',
        'documents_requested',
        'permit_issued',
        'withdrawn',
        'entered',
      ),
      fc.string(),
    ),
    version: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.string()),
    reason: fc.string({ maxLength: 30 }),
    note: fc.string({ maxLength: 30 }),
    dueDate: fc.oneof(fc.constant('2027-01-01'), fc.constant('2026-01-01'), fc.string()),
    documents: fc.array(fc.record({ code: fc.string(), label: fc.string() }), { maxLength: 2 }),
    message: fc.string(),
    appointmentDate: fc.oneof(fc.constant('2026-12-24'), fc.string()),
    permitType: fc.constantFrom('18g', '18g-it', 'x'),
    validUntil: fc.oneof(fc.constant('2030-12-31'), fc.string()),
  },
  { requiredKeys: [] },
);

describe('bad input to the case API never yields a server error', () => {
  it('for arbitrary JSON and move-like bodies on every case write', async () => {
    const t = await createCaseTestApp();
    const paths = [
      `/api/cases/${t.caseId}/transitions`,
      `/api/cases/${t.caseId}/messages`,
      `/api/cases/${t.caseId}/assignee`,
      `/api/cases/${t.caseId}/shares`,
      `/api/cases/${t.caseId}/employment-ended`,
      `/api/cases/${t.caseId}/document-requests/x/answer`,
    ];
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), moveLike), fc.boolean(), async (body, asCity) => {
        const cookie = asCity ? t.reviewer : t.hr;
        for (const path of paths) {
          const response = await t.request(path, { cookie, body: JSON.stringify(body) });
          expectNoServerError(response.status, body);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('for arbitrary queue, dashboard and export queries', async () => {
    const t = await createCaseTestApp();
    const keys = [
      'status',
      'assigned',
      'overdue',
      'nationality',
      'occupationField',
      'submittedFrom',
      'submittedTo',
      'q',
      'sort',
      'order',
      'limit',
      'cursor',
      'from',
      'to',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...keys), fc.string({ maxLength: 20 })),
        async (query) => {
          const search = new URLSearchParams(query).toString();
          for (const path of ['/api/cases', '/api/cases/export.csv', '/api/cases/dashboard']) {
            const response = await t.request(`${path}?${search}`, { cookie: t.reviewer });
            expectNoServerError(response.status, query);
            await response.arrayBuffer();
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
