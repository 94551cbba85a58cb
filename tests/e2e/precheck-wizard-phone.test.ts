import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  newPage,
  signIn,
  withScreenshotOnFailure,
} from './support/browser';
import { prepareDraftByApi } from './support/prechecks';
import { startBrowserSuite } from './support/suite';

const suite = startBrowserSuite();
const phone = { width: 390, height: 844 };

/** Whether the element lies wholly inside the viewport right now. */
async function isInViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return box.y >= 0 && box.y + box.height <= viewport.height;
}

describe('[HR][PRECHECK] wizard on a phone (390 px)', () => {
  it('[HR][PRECHECK] the assessment summary stays in view while typing far down the form', async () => {
    const page = await newPage(suite.browser);
    await page.setViewportSize(phone);
    await withScreenshotOnFailure(page, async () => {
      await signIn(page, suite.portal.baseUrl, 'hr@rhein-stahl.example');
      const precheck = await prepareDraftByApi(page, suite.portal.baseUrl, 'Pereira');
      await page.goto(`${suite.portal.baseUrl}/prechecks/${precheck.id}/job`);
      await page.getByRole('heading', { level: 2, name: 'Stellenangebot' }).waitFor();

      const bar = page.getByRole('region', { name: 'Kurzfassung des Vorab-Checks' });
      await bar
        .getByText('3 Wege möglich. Das beschleunigte Fachkräfteverfahren ist möglich.')
        .waitFor();

      // Typing in a field far below the top: the summary is still in view.
      const placeOfWork = page.getByLabel('Arbeitsort');
      await placeOfWork.scrollIntoViewIfNeeded();
      await placeOfWork.fill('');
      await placeOfWork.pressSequentially('Duisburg-Hochfeld');
      expect(await isInViewport(page, bar)).toBe(true);

      // An answer that changes the result updates the summary where the user is.
      const matches = page.getByRole('group', {
        name: 'Passt die Stelle zum Abschluss der Fachkraft?',
        exact: true,
      });
      await matches.scrollIntoViewIfNeeded();
      await matches.getByLabel('Nein', { exact: true }).check();
      await bar
        .getByText('2 Wege möglich. Das beschleunigte Fachkräfteverfahren ist möglich.')
        .waitFor();
      expect(await isInViewport(page, bar)).toBe(true);
      // The full assessment is below the form, out of view.
      const panel = page.getByRole('complementary', { name: 'Ergebnis des Vorab-Checks' });
      expect(await isInViewport(page, panel.getByRole('heading', { level: 2 }))).toBe(false);
      await expectNoSeriousA11yViolations(page);

      // The bar leads to the full result.
      await bar.getByRole('button', { name: 'Ganzes Ergebnis ansehen' }).click();
      expect(await panel.evaluate((element) => element === document.activeElement)).toBe(true);
      // Scrolling may be smooth; wait until it has arrived.
      await expect
        .poll(() => isInViewport(page, panel.getByRole('heading', { level: 2 })))
        .toBe(true);
    });
    await page.context().close();
  });
});
