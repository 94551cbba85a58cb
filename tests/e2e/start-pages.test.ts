import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  newPage,
  signIn,
  withScreenshotOnFailure,
} from './support/browser';
import { startBrowserSuite } from './support/suite';

const suite = startBrowserSuite();

/** One open demo case due in three days, so that "due soon" has something to count. */
function bringOneDueDateNear(): void {
  const client = suite.portal.db.$client;
  const open = client
    .prepare(`SELECT id FROM cases WHERE due_at IS NOT NULL AND closed_at IS NULL LIMIT 1`)
    .get() as { id: string } | undefined;
  if (!open) throw new Error('the demo data has no case with a due date');
  const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  client.prepare('UPDATE cases SET due_at = ? WHERE id = ?').run(inThreeDays, open.id);
}

/** The number a count link shows. */
async function countOf(link: Locator): Promise<number> {
  return Number((await link.locator('.app-count-link__number').textContent())?.trim());
}

/** The rows the queue shows now (all on its first page: the demo has fewer than 20). */
async function queueRows(page: Page): Promise<number> {
  await page.getByRole('heading', { level: 1, name: 'Fallübersicht' }).waitFor();
  const table = page.getByRole('table', { name: 'Fälle' });
  const empty = page.getByText('Keine Fälle für diese Suche oder Auswahl.');
  await table.or(empty).waitFor();
  if (await empty.isVisible()) return 0;
  return table.locator('tbody tr').count();
}

describe('[CITY][START] the reviewer’s start page', () => {
  it('counts new, mine, due soon and overdue; each count opens the queue with its filter', async () => {
    bringOneDueDateNear();
    const page = await newPage(suite.browser);
    await withScreenshotOnFailure(page, async () => {
      await signIn(page, suite.portal.baseUrl, 'sachbearbeitung@stadt.example');
      const counts = page.getByRole('region', { name: 'Fälle auf einen Blick' });
      await counts.waitFor();
      expect(await page.getByText(/schrittweise/).count()).toBe(0);
      await expectNoSeriousA11yViolations(page);

      const parts: { link: RegExp; filterShown: (page: Page) => Promise<boolean> }[] = [
        {
          link: /neu eingereicht$/,
          filterShown: async (p) => (await p.getByLabel('Stand').inputValue()) === 'submitted',
        },
        {
          link: /Ihnen zugewiesen$/,
          filterShown: async (p) =>
            (await p.getByLabel('Zuständig').inputValue()) === 'me' &&
            (await p.getByLabel('Nur offene').isChecked()),
        },
        {
          link: /Frist in den nächsten 7 Tagen/,
          filterShown: (p) => p.getByLabel('Nur fällig in den nächsten 7 Tagen').isChecked(),
        },
        {
          link: /überschrittener Frist$/,
          filterShown: (p) => p.getByLabel('Nur überfällige').isChecked(),
        },
      ];
      const shown: number[] = [];
      for (const part of parts) {
        const link = counts.getByRole('link', { name: part.link });
        const count = await countOf(link);
        shown.push(count);
        await link.click();
        expect(await queueRows(page)).toBe(count);
        expect(await part.filterShown(page)).toBe(true);
        await page.goBack();
        await counts.waitFor();
      }
      // The demo has new and overdue cases, and the one made due soon above.
      expect(shown[0]).toBeGreaterThan(0);
      expect(shown[2]).toBeGreaterThan(0);
      expect(shown[3]).toBeGreaterThan(0);
    });
    await page.context().close();
  });
});

describe('[ADMIN][VERIFY] checking an employer’s registration', () => {
  it('shows the registrant, the details the checklist asks about, and asks before approving', async () => {
    const page = await newPage(suite.browser);
    await withScreenshotOnFailure(page, async () => {
      await signIn(page, suite.portal.baseUrl, 'admin@stadt.example');
      await page.goto(`${suite.portal.baseUrl}/admin/employers`);
      const row = page.getByRole('row', { name: /Neu Logistik UG/ });
      await row.getByText('hr@neu-logistik.example').waitFor();
      expect(await row.getByText('Jana Neumann').isVisible()).toBe(true);

      await row.getByRole('button', { name: 'Angaben' }).click();
      const details = page.getByRole('dialog', { name: 'Registrierung von „Neu Logistik UG“' });
      await details.waitFor();
      for (const text of ['HRB 34567', '34567890', 'Hafenstraße 3', '47119 Duisburg']) {
        expect(await details.getByText(text, { exact: true }).isVisible()).toBe(true);
      }
      expect(await details.getByText('neu-logistik.example', { exact: true }).isVisible()).toBe(
        true,
      );
      await expectNoSeriousA11yViolations(page);

      // From the details to the question; Cancel has the focus, Escape cancels.
      await details.getByRole('button', { name: 'Freigeben…' }).click();
      const confirm = page.getByRole('dialog', { name: '„Neu Logistik UG“ freigeben?' });
      await confirm.waitFor();
      const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
      expect(await focused()).toBe('Abbrechen');
      await expectNoSeriousA11yViolations(page);
      await page.keyboard.press('Escape');
      await confirm.waitFor({ state: 'detached' });
      expect(await row.getByText('In Prüfung').isVisible()).toBe(true);
      expect(await focused()).toBe('Angaben');

      // From the row, confirmed: the row changes in place and the message takes the focus.
      await row.getByRole('button', { name: 'Freigeben…' }).click();
      await confirm.getByRole('button', { name: 'Freigeben', exact: true }).click();
      await row.getByText('Geprüft').waitFor();
      const notice = page.getByText('„Neu Logistik UG“ ist jetzt freigegeben', { exact: false });
      await notice.waitFor();
      expect(
        await page.evaluate(() => document.activeElement?.classList.contains('kern-alert')),
      ).toBe(true);
    });
    await page.context().close();
  });
});
