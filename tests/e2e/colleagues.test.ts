import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  newPage,
  signIn,
  withScreenshotOnFailure,
} from './support/browser';
import { startBrowserSuite } from './support/suite';

const suite = startBrowserSuite();

const hrEmail = 'hr@pflege-ruhr.example';
const colleague = { email: 'ina.pflege@pflege-ruhr.example', name: 'Ina Pflegeleitung' };
const colleaguePassword = 'Pflegeleitung-Duisburg-77';

/** The invitation links emailed to `to`, oldest first. */
function invitationLinks(to: string): string[] {
  const rows = suite.portal.db.$client
    .prepare('SELECT text FROM outbox WHERE "to" = ? ORDER BY created_at, rowid')
    .all(to) as { text: string }[];
  return rows.flatMap(({ text }) => /https?:\/\/\S+\/invitation\/[\w-]+/.exec(text) ?? []);
}

function rowOf(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
}

/** Opens the row's action, checks the dialog (Cancel focused, accessible) and confirms it. */
async function confirmRowAction(page: Page, action: string, dialogTitle: string, confirm: string) {
  await rowOf(page, colleague.name).getByRole('button', { name: action }).click();
  const dialog = page.getByRole('dialog', { name: dialogTitle });
  await dialog.waitFor();
  await expect
    .poll(() =>
      dialog
        .getByRole('button', { name: 'Abbrechen' })
        .evaluate((b) => b === document.activeElement),
    )
    .toBe(true);
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: confirm }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function invite(page: Page) {
  await page.getByLabel('Name', { exact: true }).fill(colleague.name);
  await page.getByLabel(/^E-Mail-Adresse/).fill(colleague.email);
  await page.getByRole('button', { name: 'Einladung senden' }).click();
  await page
    .getByText(`Die Einladung an ${colleague.name} (${colleague.email}) ist unterwegs.`)
    .waitFor();
  await rowOf(page, colleague.name).waitFor();
}

describe('[HR][COLLEAGUES] colleague accounts', () => {
  it('[HR][COLLEAGUES] HR invites, resends, withdraws an invitation and deactivates and reactivates a colleague', async () => {
    const hr = await newPage(suite.browser);
    await withScreenshotOnFailure(hr, async () => {
      await signIn(hr, suite.portal.baseUrl, hrEmail);
      await hr.goto(`${suite.portal.baseUrl}/organization`);
      await invite(hr);
      await expect.poll(() => invitationLinks(colleague.email)).toHaveLength(1);
      await expectNoSeriousA11yViolations(hr);

      await confirmRowAction(
        hr,
        'Einladung erneut senden',
        'Einladung erneut senden?',
        'Einladung senden',
      );
      const resent = hr.getByRole('status').filter({ hasText: 'wurde erneut gesendet' });
      await expect.poll(() => resent.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect.poll(() => invitationLinks(colleague.email)).toHaveLength(2);
      const [oldLink, newLink] = invitationLinks(colleague.email);

      const invitee = await newPage(suite.browser);
      await invitee.goto(oldLink ?? '');
      await invitee
        .getByRole('heading', { name: 'Dieser Einladungslink ist nicht mehr gültig' })
        .waitFor();

      await confirmRowAction(
        hr,
        'Einladung zurückziehen',
        'Einladung zurückziehen?',
        'Einladung zurückziehen',
      );
      await hr.getByText(/ist zurückgezogen/).waitFor();
      await expect.poll(() => rowOf(hr, colleague.name).count()).toBe(0);
      await invitee.goto(newLink ?? '');
      await invitee
        .getByRole('heading', { name: 'Dieser Einladungslink ist nicht mehr gültig' })
        .waitFor();

      // The address is free again: a fresh invitation, accepted this time.
      await invite(hr);
      await expect.poll(() => invitationLinks(colleague.email)).toHaveLength(3);
      await invitee.goto(invitationLinks(colleague.email)[2] ?? '');
      await invitee.getByRole('textbox', { name: /^Passwort/ }).fill(colleaguePassword);
      await invitee.getByRole('button', { name: 'Einladung annehmen' }).click();
      await invitee.getByRole('heading', { level: 1, name: /Willkommen/ }).waitFor();

      await hr.reload();
      await rowOf(hr, colleague.name).getByText('Aktiv', { exact: true }).waitFor();
      await confirmRowAction(
        hr,
        'Deaktivieren',
        'Kollegin oder Kollegen deaktivieren?',
        'Konto deaktivieren',
      );
      await rowOf(hr, colleague.name).getByText('Deaktiviert').waitFor();
      // The colleague's session ended at once.
      await invitee.reload();
      await invitee.waitForURL(/\/login/);

      await confirmRowAction(hr, 'Reaktivieren', 'Konto reaktivieren?', 'Konto reaktivieren');
      await hr.getByText(`Das Konto von ${colleague.name} ist wieder aktiv.`).waitFor();
      await signIn(invitee, suite.portal.baseUrl, colleague.email, colleaguePassword);
      await invitee.context().close();
    });
    await hr.context().close();
  });
});
