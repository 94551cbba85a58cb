import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  newPage,
  signIn,
  withScreenshotOnFailure,
} from './support/browser';
import type { Portal } from './support/portal';
import { startBrowserSuite } from './support/suite';

const suite = startBrowserSuite();

/** The link of the newest password reset email to `to`, once the outbox holds one. */
async function resetLinkFromOutbox(portal: Portal, to: string): Promise<string> {
  const newestText = () =>
    (
      portal.db.$client
        .prepare(
          'SELECT text FROM outbox WHERE "to" = ? AND subject = ? ORDER BY created_at DESC LIMIT 1',
        )
        .get(to, 'Passwort für das Partnerportal zurücksetzen') as { text: string } | undefined
    )?.text;
  await expect.poll(newestText).toMatch(/\/reset-password\//);
  const link = /(https?:\/\/\S+\/reset-password\/[\w-]+)/.exec(newestText() ?? '')?.[1];
  if (!link) throw new Error(`no reset link for ${to}`);
  return link;
}

async function switchLanguage(page: Page, language: 'Deutsch' | 'English') {
  await page.getByRole('button', { name: language }).click();
  await page.locator(`html[lang="${language === 'English' ? 'en' : 'de'}"]`).waitFor();
}

describe('[ALL ROLES][ACCOUNT] accounts people can keep', () => {
  it('[HR][ACCOUNT] forgotten password: outbox link → new password → sign in', async () => {
    const email = 'hr@pflege-ruhr.example';
    const newPassword = 'Ruhrwiesen-im-Herbst';
    const page = await newPage(suite.browser);
    await withScreenshotOnFailure(page, async () => {
      await page.goto(`${suite.portal.baseUrl}/login`);
      await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
      await page.getByRole('heading', { level: 1, name: 'Passwort vergessen' }).waitFor();
      await expectNoSeriousA11yViolations(page);
      await switchLanguage(page, 'English');
      await page.getByRole('heading', { level: 1, name: 'Forgotten password' }).waitFor();
      await expectNoSeriousA11yViolations(page);
      await switchLanguage(page, 'Deutsch');

      await page.getByLabel(/^E-Mail-Adresse/).fill(email);
      await page.getByRole('button', { name: 'Link anfordern' }).click();
      const confirmation = page.getByRole('status').filter({ hasText: 'Wenn ein Konto' });
      await confirmation.waitFor();
      expect(await confirmation.textContent()).toContain(email);

      await page.goto(await resetLinkFromOutbox(suite.portal, email));
      await page.getByText(`Legen Sie ein neues Passwort für ${email} fest`).waitFor();
      await expectNoSeriousA11yViolations(page);
      await switchLanguage(page, 'English');
      await page.getByRole('heading', { level: 1, name: 'Set a new password' }).waitFor();
      await expectNoSeriousA11yViolations(page);
      await switchLanguage(page, 'Deutsch');

      await page.getByLabel('Neues Passwort').fill(newPassword);
      await page.getByRole('button', { name: 'Passwort speichern' }).click();
      await page.waitForURL(/\/login$/);
      await page.getByText('Ihr neues Passwort ist gespeichert').waitFor();

      await signIn(page, suite.portal.baseUrl, email, newPassword);
    });
    await page.context().close();
  });

  it('[HR][ACCOUNT] account page: change the name, see the sessions, sign out another one', async () => {
    const email = 'hr@rhein-stahl.example';
    const elsewhere = await newPage(suite.browser);
    await signIn(elsewhere, suite.portal.baseUrl, email);
    const page = await newPage(suite.browser);
    await withScreenshotOnFailure(page, async () => {
      await signIn(page, suite.portal.baseUrl, email);
      await page.getByRole('link', { name: 'Mein Konto' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mein Konto' }).waitFor();
      const sessions = page.getByRole('table', { name: 'Angemeldete Geräte' });
      await sessions.waitFor();
      await expect.poll(() => sessions.getByRole('row').count()).toBe(3);
      await expectNoSeriousA11yViolations(page);

      await page.getByLabel('Name', { exact: true }).fill('Sabine Krüger-Yılmaz');
      await page.getByRole('button', { name: 'Speichern', exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Ihre Angaben sind gespeichert.' })
        .waitFor();
      await page.locator('.app-user-menu__name', { hasText: 'Sabine Krüger-Yılmaz' }).waitFor();

      const otherRow = sessions.getByRole('row').filter({ has: page.getByRole('button') });
      expect(await otherRow.textContent()).toContain('Chrome auf Linux');
      await otherRow.getByRole('button', { name: /abmelden$/ }).click();
      await page.getByRole('status').filter({ hasText: 'ist abgemeldet' }).waitFor();
      await page.getByText('Sie sind nur auf diesem Gerät angemeldet.').waitFor();

      await elsewhere.goto(`${suite.portal.baseUrl}/account`);
      await elsewhere.waitForURL(/\/login/);

      await switchLanguage(page, 'English');
      await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
      await page.getByRole('table', { name: 'Signed-in devices' }).waitFor();
      await expectNoSeriousA11yViolations(page);
    });
    await elsewhere.context().close();
    await page.context().close();
  });
});
