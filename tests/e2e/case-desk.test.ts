import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  newPage,
  signIn,
  withScreenshotOnFailure,
} from './support/browser';
import { moveAction, moveCase, stageLabel } from './support/case-moves';
import { pdfFile, submitCaseByApi } from './support/prechecks';
import { startBrowserSuite } from './support/suite';

const suite = startBrowserSuite();

const hrEmail = 'hr@rhein-stahl.example';
const reviewerEmail = 'sachbearbeitung@stadt.example';

/** The text of the element that has the keyboard focus now. */
const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '');

/** The page's two parts: the column that stays in view and the case beside (or below) it. */
async function columns(page: Page) {
  const box = async (selector: string) => {
    const found = await page.locator(selector).boundingBox();
    if (!found) throw new Error(`${selector} is not shown`);
    return found;
  };
  return { aside: await box('.app-case-desk__aside'), main: await box('.app-case-desk__main') };
}

describe('[CITY][CASES] the reviewer’s desk', () => {
  it('[CITY][HR][CASES] two columns, verbs, focus on each confirmation, re-uploads under their checklist item', async () => {
    const hr = await newPage(suite.browser);
    const reviewer = await newPage(suite.browser);
    await reviewer.setViewportSize({ width: 1280, height: 900 });
    await withScreenshotOnFailure(reviewer, async () => {
      await signIn(hr, suite.portal.baseUrl, hrEmail);
      const { id, reference } = await submitCaseByApi(hr, suite.portal.baseUrl, 'Nakamura');
      const caseUrl = `${suite.portal.baseUrl}/cases/${id}`;

      await signIn(reviewer, suite.portal.baseUrl, reviewerEmail);
      await reviewer.goto(caseUrl);
      const moves = reviewer.getByRole('region', { name: 'Fall weiterführen' });
      await moves.waitFor();

      // At 1280 px: facts and actions in a column of their own that stays in view.
      const wide = await columns(reviewer);
      expect(wide.aside.x + wide.aside.width).toBeLessThanOrEqual(wide.main.x);
      expect(Math.abs(wide.aside.y - wide.main.y)).toBeLessThan(8);
      await reviewer.evaluate(() => window.scrollTo(0, 2500));
      await expect.poll(async () => (await columns(reviewer)).aside.y).toBeLessThan(wide.aside.y);
      const scrolled = await columns(reviewer);
      expect(scrolled.aside.y).toBeGreaterThanOrEqual(0);
      expect(scrolled.aside.y).toBeLessThan(40);
      expect(scrolled.main.y).toBeLessThan(0);
      // Rejecting is set apart and is no default: the first move is the way forward.
      const ending = moves.getByRole('list', { name: 'Fall beenden' });
      await ending.getByRole('button', { name: `${moveAction('rejected')}…` }).waitFor();
      await expectNoSeriousA11yViolations(reviewer);

      // A stage move by keyboard: the dialog starts in the note, the confirmation takes the focus.
      await moves.getByRole('button', { name: `${moveAction('in_review')}…` }).focus();
      await reviewer.keyboard.press('Enter');
      const dialog = reviewer.getByRole('dialog', { name: moveAction('in_review') });
      await dialog.waitFor();
      expect(await reviewer.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
      await reviewer.keyboard.type('Vollständig eingegangen.');
      await reviewer.keyboard.press('Tab');
      expect(await focusedText(reviewer)).toBe(moveAction('in_review'));
      await reviewer.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      const moved = `Der Fall steht jetzt auf „${stageLabel('in_review')}“.`;
      await expect.poll(() => focusedText(reviewer)).toBe(moved);

      let requested = '';
      await moveCase(reviewer, reference, 'documents_requested', async (request) => {
        const documents = request.getByRole('group', { name: 'Angeforderte Unterlagen' });
        requested = (await documents.locator('label').first().textContent()) ?? '';
        await documents.getByLabel(requested, { exact: true }).check();
        await request
          .getByLabel('Nachricht an den Arbeitgeber')
          .fill('Die Kopie ist unleserlich, bitte neu scannen.');
      });
      expect(requested).not.toBe('');
      // Staff see the open request, but the employer's answer form is not theirs.
      await reviewer.getByRole('region', { name: 'Nachgeforderte Unterlagen' }).waitFor();
      expect(await reviewer.getByRole('button', { name: 'Antwort senden' }).count()).toBe(0);

      // The employer uploads and answers; each time the confirmation takes the focus.
      await hr.goto(caseUrl);
      const answer = hr.getByRole('region', { name: 'Nachgeforderte Unterlagen' });
      await answer
        .getByLabel(`Datei für „${requested}“ hochladen (PDF, JPEG oder PNG, höchstens 10 MB)`)
        .setInputFiles(pdfFile('neu-gescannt.pdf'));
      await expect.poll(() => focusedText(hr)).toBe('„neu-gescannt.pdf“ wurde hochgeladen.');
      await expectNoSeriousA11yViolations(hr);
      await answer.getByRole('button', { name: 'Antwort senden' }).focus();
      await hr.keyboard.press('Enter');
      await expect
        .poll(() => focusedText(hr))
        .toBe(
          `Ihre Antwort wurde gesendet. Der Fall steht wieder auf „${stageLabel('in_review')}“.`,
        );

      // The reviewer finds the new file under its checklist item, the old one marked replaced.
      await reviewer.reload();
      const documents = reviewer.getByRole('region', { name: 'Unterlagen' });
      const item = documents.getByRole('list', { name: requested, exact: true });
      const newFile = reviewer.getByRole('link', { name: 'neu-gescannt.pdf ansehen' });
      const renewed = item.getByRole('listitem').filter({ has: newFile });
      await renewed.waitFor();
      expect(await renewed.textContent()).toMatch(
        /nachgereicht zur Anforderung vom \d{2}\.\d{2}\.\d{4}/,
      );
      const replaced = item.getByRole('listitem').filter({ hasNot: newFile });
      expect(await replaced.count()).toBeGreaterThan(0);
      for (const entry of await replaced.all()) {
        expect(await entry.textContent()).toContain('Ersetzt durch „neu-gescannt.pdf“.');
      }
      await expectNoSeriousA11yViolations(reviewer);

      // On a phone: one column, the facts and actions first.
      await reviewer.setViewportSize({ width: 390, height: 844 });
      await reviewer.evaluate(() => window.scrollTo(0, 0));
      const narrow = await columns(reviewer);
      expect(narrow.aside.y + narrow.aside.height).toBeLessThanOrEqual(narrow.main.y);
      expect(Math.abs(narrow.aside.x - narrow.main.x)).toBeLessThan(2);
      await expectNoSeriousA11yViolations(reviewer);
    });
    await hr.context().close();
    await reviewer.context().close();
  });
});
