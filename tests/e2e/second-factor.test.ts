import { describe, expect, it } from 'vitest';
import { signInByApi } from './support/api-session';
import {
  enrolInPage,
  enterSignInCode,
  expectNoSeriousA11yViolations,
  newPage,
  submitLoginForm,
  withScreenshotOnFailure,
} from './support/browser';
import { totpCode, waitForFreshStep } from './support/second-factor';
import { startBrowserSuite } from './support/suite';

const suite = startBrowserSuite();

describe('[CITY][2FA] second factor for city staff', () => {
  it("[CITY][2FA] reviewer's first sign-in enrols with the shown secret, a later sign-in asks for the code", async () => {
    const email = 'sachbearbeitung@stadt.example';
    const { baseUrl } = suite.portal;
    const page = await newPage(suite.browser);
    await withScreenshotOnFailure(page, async () => {
      await page.goto(`${baseUrl}/login`);
      await submitLoginForm(page, email);
      await page
        .getByRole('heading', { level: 1, name: 'Zwei-Faktor-Anmeldung einrichten' })
        .waitFor();
      expect(new URL(page.url()).pathname).toBe('/second-factor/setup');
      // Every other page leads back here until the factor is set up.
      await page.goto(`${baseUrl}/cases`);
      await page
        .getByRole('heading', { level: 1, name: 'Zwei-Faktor-Anmeldung einrichten' })
        .waitFor();
      await expectNoSeriousA11yViolations(page);
      await page.getByRole('button', { name: 'Einrichtung beginnen' }).click();
      await page.getByRole('img', { name: /QR-Code/ }).waitFor();
      await expectNoSeriousA11yViolations(page);
      // Reads the key shown for manual entry, as someone typing it into an app would.
      await enrolInPage(page, baseUrl, email);
      await page.getByRole('heading', { level: 1, name: /^Willkommen/ }).waitFor();
      await page.context().close();

      // A later sign-in: password, then the code the app shows now (a fresh 30 s step).
      const later = await newPage(suite.browser);
      await later.goto(`${baseUrl}/login`);
      await submitLoginForm(later, email);
      await later.getByRole('heading', { level: 1, name: 'Anmeldung bestätigen' }).waitFor();
      await expectNoSeriousA11yViolations(later);
      await waitForFreshStep(baseUrl, email);
      await enterSignInCode(later, totpCode(baseUrl, email));
      await later.getByRole('heading', { level: 1, name: /^Willkommen/ }).waitFor();
      await later.context().close();
    });
  });

  it('[ADMIN][2FA] the enrolment and code pages pass axe in English', async () => {
    const email = 'admin@stadt.example';
    const { baseUrl } = suite.portal;
    const page = await newPage(suite.browser);
    await withScreenshotOnFailure(page, async () => {
      await page.goto(`${baseUrl}/login`);
      await submitLoginForm(page, email);
      await page
        .getByRole('heading', { level: 1, name: 'Zwei-Faktor-Anmeldung einrichten' })
        .waitFor();
      // The account's saved language wins at sign-in; switching here saves English for it.
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Set up two-factor sign-in' }).waitFor();
      await expectNoSeriousA11yViolations(page);
      await enrolInPage(page, baseUrl, email);
      await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
      await page.context().close();

      const later = await newPage(suite.browser);
      await later.goto(`${baseUrl}/login`);
      await later.getByRole('button', { name: 'English' }).click();
      await submitLoginForm(later, email);
      await later.getByRole('heading', { level: 1, name: 'Confirm sign-in' }).waitFor();
      await expectNoSeriousA11yViolations(later);
      await later.getByRole('button', { name: 'Use a recovery code' }).click();
      await later.getByLabel('Recovery code').waitFor();
      await expectNoSeriousA11yViolations(later);
      await later.context().close();
    });
  });

  it('[CITY][2FA] API clients of enrolled staff pass the code step too', async () => {
    const reviewer = await signInByApi(suite.portal.baseUrl, 'sachbearbeitung@stadt.example');
    expect((await reviewer.request('GET', '/api/cases')).status).toBe(200);
    // A second sign-in in the same 30 s cannot reuse the code; the helper takes a recovery code.
    const again = await signInByApi(suite.portal.baseUrl, 'sachbearbeitung@stadt.example');
    expect((await again.request('GET', '/api/cases')).status).toBe(200);
  });
});
