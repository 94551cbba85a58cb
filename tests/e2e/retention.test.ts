import { describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  newPage,
  signIn,
  withScreenshotOnFailure,
} from './support/browser';
import { startBrowserSuite } from './support/suite';

const suite = startBrowserSuite();

/** A demo case closed 350 days ago: its data is deleted in 15 days. */
function closeOneCaseLongAgo(): string {
  const client = suite.portal.db.$client;
  const closed = client
    .prepare('SELECT id, reference FROM cases WHERE closed_at IS NOT NULL AND erased_at IS NULL')
    .get() as { id: string; reference: string } | undefined;
  if (!closed) throw new Error('the demo data has no closed case');
  const closedAt = new Date(Date.now() - 350 * 86_400_000).toISOString();
  client.prepare('UPDATE cases SET closed_at = ? WHERE id = ?').run(closedAt, closed.id);
  return closed.reference;
}

describe('[ADMIN][RETENTION] what the nightly deletion removes', () => {
  it('the city admin sees the cases due in the next 30 days, in German and English', async () => {
    const reference = closeOneCaseLongAgo();
    const page = await newPage(suite.browser);
    await withScreenshotOnFailure(page, async () => {
      await signIn(page, suite.portal.baseUrl, 'admin@stadt.example');
      await page.getByRole('button', { name: 'Verwaltung' }).click();
      await page.getByRole('link', { name: 'Aufbewahrung', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Aufbewahrung und Löschung' }).waitFor();
      // The period comes with the preview: once it is shown, the tables are there too.
      await page.getByText(/werden 365 Tage nach Abschluss/).waitFor();
      const cases = page.getByRole('table', { name: /Fall, dessen Daten|Fälle, deren Daten/ });
      expect(await cases.getByRole('link', { name: reference }).isVisible()).toBe(true);
      await expectNoSeriousA11yViolations(page);

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Retention and deletion' }).waitFor();
      await page.getByRole('table', { name: /cases? whose data will be deleted/ }).waitFor();
      expect(await page.getByRole('link', { name: reference }).isVisible()).toBe(true);
      await expectNoSeriousA11yViolations(page);
    });
    await page.context().close();
  });

  it('[PUBLIC][PRIVACY] the privacy notice states the configured period', async () => {
    const page = await newPage(suite.browser);
    await withScreenshotOnFailure(page, async () => {
      await page.goto(`${suite.portal.baseUrl}/privacy`);
      await page.getByText(/löschen wir 365 Tage nach Abschluss des Falls/).waitFor();
      await expectNoSeriousA11yViolations(page);
    });
    await page.context().close();
  });
});
