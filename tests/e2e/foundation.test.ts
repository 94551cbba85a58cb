import { describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  newPage,
  signIn,
  withScreenshotOnFailure,
} from './support/browser';
import { startBrowserSuite } from './support/suite';

const suite = startBrowserSuite();

const roles = [
  { email: 'hr@rhein-stahl.example', organization: 'Rhein-Stahl GmbH' },
  { email: 'hr@neu-logistik.example', organization: 'Neu Logistik UG' },
  { email: 'berater@ihk.example', organization: 'Niederrheinische IHK' },
  { email: 'team@jobcenter.example', organization: 'Jobcenter Duisburg' },
  { email: 'sachbearbeitung@stadt.example', organization: 'Stadt Duisburg' },
  { email: 'admin@stadt.example', organization: 'Stadt Duisburg' },
];

describe('[ALL ROLES][AUTH] sign-in and start page', () => {
  for (const { email, organization } of roles) {
    it(`${email} signs in and sees a start page with their organisation`, async () => {
      const page = await newPage(suite.browser);
      await signIn(page, suite.portal.baseUrl, email);
      await expect(
        page.getByRole('main').getByText(organization).first().isVisible(),
      ).resolves.toBe(true);
      await page.context().close();
    });
  }

  it('[HR][AUTH] a pending employer sees clearly that it is still being reviewed', async () => {
    const page = await newPage(suite.browser);
    await signIn(page, suite.portal.baseUrl, 'hr@neu-logistik.example');
    await expect(page.getByRole('main').getByText('In Prüfung').first().isVisible()).resolves.toBe(
      true,
    );
    await page.context().close();
  });

  it('[ADMIN][AUTH] admin navigation is shown to the city admin only', async () => {
    const admin = await newPage(suite.browser);
    await signIn(admin, suite.portal.baseUrl, 'admin@stadt.example');
    await admin.getByRole('button', { name: 'Verwaltung' }).click();
    await expect(
      admin.getByRole('link', { name: 'Unternehmen prüfen' }).first().isVisible(),
    ).resolves.toBe(true);
    await admin.context().close();

    const hr = await newPage(suite.browser);
    await signIn(hr, suite.portal.baseUrl, 'hr@rhein-stahl.example');
    await expect(hr.getByRole('link', { name: 'Unternehmen prüfen' }).count()).resolves.toBe(0);
    await hr.goto(`${suite.portal.baseUrl}/admin/employers`);
    await expect(hr.getByRole('link', { name: 'Unternehmen prüfen' }).count()).resolves.toBe(0);
    await hr.context().close();
  });

  it('[HR][AUTH] a protected page sends to the login and back after signing in', async () => {
    const page = await newPage(suite.browser);
    await page.goto(`${suite.portal.baseUrl}/organization`);
    await page.waitForURL(/\/login/);
    await page.getByLabel(/E-Mail-Adresse/).fill('hr@pflege-ruhr.example');
    await page.getByLabel(/^Passwort/).fill('Willkommen-2026');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL(/\/organization$/);
    await expect(
      page.getByRole('main').getByText('Pflegedienst Ruhr gGmbH').first().isVisible(),
    ).resolves.toBe(true);
    await page.context().close();
  });

  it('[HR][AUTH] wrong password shows a clear message and no session', async () => {
    const page = await newPage(suite.browser);
    await page.goto(`${suite.portal.baseUrl}/login`);
    await page.getByLabel(/E-Mail-Adresse/).fill('hr@pflege-ruhr.example');
    await page.getByLabel(/^Passwort/).fill('falsches-passwort');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByRole('alert').first().textContent()).toMatch(
      /E-Mail-Adresse oder Passwort/,
    );
    await page.context().close();
  });
});

describe('[HR][I18N] language switch', () => {
  it('switches to English and keeps it for the user after signing in again', async () => {
    const page = await newPage(suite.browser);
    await signIn(page, suite.portal.baseUrl, 'hr@pflege-ruhr.example');
    const saved = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/auth/me') && response.request().method() === 'PATCH',
    );
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect((await saved).ok()).toBe(true);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.context().close();

    const fresh = await newPage(suite.browser);
    await fresh.goto(`${suite.portal.baseUrl}/login`);
    await fresh.getByLabel(/E-Mail-Adresse/).fill('hr@pflege-ruhr.example');
    await fresh.getByLabel(/^Passwort/).fill('Willkommen-2026');
    await fresh.getByRole('button', { name: 'Anmelden' }).click();
    await withScreenshotOnFailure(fresh, async () => {
      await fresh.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
      await fresh.getByRole('button', { name: 'Deutsch' }).click();
      await fresh.getByRole('heading', { level: 1, name: /Willkommen/ }).waitFor();
    });
    await fresh.context().close();
  });
});

describe('[HR][ADMIN][REGISTRATION] self-registration to verification', () => {
  it('a company registers, the admin verifies it, the employer sees "Geprüft"', async () => {
    const employer = await newPage(suite.browser);
    await employer.goto(`${suite.portal.baseUrl}/login`);
    await employer.getByRole('link', { name: 'Unternehmen registrieren' }).first().click();
    await employer.getByLabel(/Name des Unternehmens|Firmenname/).fill('Hafenwerk Duisburg GmbH');
    await employer.getByLabel(/Straße/).fill('Ruhrorter Straße 1');
    await employer.getByLabel(/Postleitzahl/).fill('47119');
    await employer.getByLabel(/^Ort|Stadt/).fill('Duisburg');
    await employer.getByLabel(/Handelsregister/).fill('HRB 55555');
    await employer.getByLabel(/Betriebsnummer/).fill('123');
    await employer.getByLabel(/Ihr Name/).fill('Olga Petrova');
    await employer.getByLabel(/E-Mail-Adresse/).fill('o.petrova@hafenwerk.example');
    await employer.getByLabel(/^Passwort/).fill('Hafenwerk-2026!');
    await employer.getByRole('button', { name: /Registrieren|Registrierung absenden/ }).click();

    // Client-side validation: the summary lists the wrong Betriebsnummer and links to the field.
    const summary = employer.getByRole('alert').filter({ hasText: 'Betriebsnummer' });
    await summary.waitFor();
    await summary.getByRole('link', { name: /Betriebsnummer/ }).click();
    expect(await employer.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      'company.betriebsnummer',
    );
    await employer.getByLabel(/Betriebsnummer/).fill('12312312');
    await employer.getByRole('button', { name: /Registrieren|Registrierung absenden/ }).click();
    await employer.getByRole('heading', { level: 1, name: /Willkommen/ }).waitFor();
    await expect(
      employer.getByRole('main').getByText('In Prüfung').first().isVisible(),
    ).resolves.toBe(true);

    const admin = await newPage(suite.browser);
    await signIn(admin, suite.portal.baseUrl, 'admin@stadt.example');
    await admin.getByRole('button', { name: 'Verwaltung' }).click();
    await admin.getByRole('link', { name: 'Unternehmen prüfen' }).first().click();
    const row = admin.getByRole('row').filter({ hasText: 'Hafenwerk Duisburg GmbH' });
    await row.getByRole('button', { name: 'Freigeben…' }).click();
    await admin
      .getByRole('dialog', { name: '„Hafenwerk Duisburg GmbH“ freigeben?' })
      .getByRole('button', { name: 'Freigeben', exact: true })
      .click();
    await admin
      .getByRole('status')
      .or(admin.getByRole('alert'))
      .filter({ hasText: /freigegeben/i })
      .first()
      .waitFor();
    await admin.context().close();

    await employer.reload();
    await employer.getByRole('main').getByText('Geprüft').first().waitFor();
    await employer.context().close();
  });
});

describe('[A11Y] axe on login and start pages', () => {
  it('the login page has no serious or critical violations', async () => {
    const page = await newPage(suite.browser);
    await page.goto(`${suite.portal.baseUrl}/login`);
    await page.getByRole('button', { name: 'Anmelden' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.context().close();
  });

  for (const email of ['hr@neu-logistik.example', 'berater@ihk.example', 'admin@stadt.example']) {
    it(`the start page of ${email} has no serious or critical violations`, async () => {
      const page = await newPage(suite.browser);
      await signIn(page, suite.portal.baseUrl, email);
      await page.waitForLoadState('networkidle');
      await expectNoSeriousA11yViolations(page);
      await page.context().close();
    });
  }
});
