import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aHireInput } from '../testing/hire-input';
import { createTestApp } from '../testing/test-app';

const validHire: Record<string, unknown> = aHireInput();

/** A valid hire with one field replaced by arbitrary JSON: close to the rules, so it probes them. */
const nearlyValidHire = fc
  .record({
    field: fc.constantFrom(...Object.keys(validHire), 'organizationId'),
    value: fc.jsonValue(),
  })
  .map(({ field, value }) => ({ ...validHire, [field]: value }));

describe('POST /api/hires', () => {
  it('never answers a bad body with a server error', async () => {
    const app = await createTestApp();
    const cookies = [
      await app.loginAs('hr@rhein-stahl.example'),
      await app.loginAs('berater@ihk.example'),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.jsonValue(), nearlyValidHire),
        fc.constantFrom(...cookies),
        async (body, cookie) => {
          const response = await app.request('/api/hires', {
            cookie,
            body: JSON.stringify(body) ?? 'null',
          });
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
  });
});
