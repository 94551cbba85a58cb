import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  newPage,
  signIn,
  withScreenshotOnFailure,
} from './support/browser';
import { submitCaseByApi } from './support/prechecks';
import { startBrowserSuite } from './support/suite';

const suite = startBrowserSuite();

describe('personal data export', () => {
  it("[HR][GDPR] an employer exports a hire's data as a ZIP", async () => {
    const page = await newPage(suite.browser);
    await withScreenshotOnFailure(page, async () => {
      const { baseUrl } = suite.portal;
      await signIn(page, baseUrl, 'hr@rhein-stahl.example');
      const submitted = await submitCaseByApi(page, baseUrl, 'Nguyễn');
      const caseResponse = await page.request.get(`${baseUrl}/api/cases/${submitted.id}`);
      const { hireId } = (await caseResponse.json()) as { hireId: string };

      await page.goto(`${baseUrl}/hires/${hireId}`);
      await page.getByRole('heading', { level: 1, name: 'Daniel Nguyễn' }).waitFor();
      await page
        .getByRole('heading', { level: 2, name: 'Datenauskunft (Art. 15 DSGVO)' })
        .waitFor();
      await expectNoSeriousA11yViolations(page);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Alle Daten als ZIP herunterladen' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^personal-data-Nguyễn-\d{4}-\d{2}-\d{2}\.zip$/);
      const files = unzipSync(new Uint8Array(await readFile(await download.path())));
      const data = JSON.parse(strFromU8(files['personal-data.json']!));
      expect(data.hire).toMatchObject({ givenNames: 'Daniel', familyName: 'Nguyễn' });
      expect(data.cases[0].reference).toBe(submitted.reference);
      expect(strFromU8(files['summary.pdf']!.subarray(0, 5))).toBe('%PDF-');
      expect(Object.keys(files).some((name) => name.startsWith('documents/1-'))).toBe(true);

      const status = page.getByRole('status').filter({ hasText: 'Fertig: Die Daten wurden als' });
      await status.waitFor();
      expect(await status.evaluate((element) => element === document.activeElement)).toBe(true);
      await expectNoSeriousA11yViolations(page);

      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('html[lang="en"]').waitFor();
      await page
        .getByRole('heading', { level: 2, name: 'Data access request (Art. 15 GDPR)' })
        .waitFor();
      await page.getByRole('button', { name: 'Download all data as ZIP' }).waitFor();
      await expectNoSeriousA11yViolations(page);
    });
    await page.context().close();
  });
});
