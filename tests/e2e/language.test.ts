import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, newPage, submitLoginForm } from './support/browser';
import { startBrowserSuite } from './support/suite';

const suite = startBrowserSuite();

/** "17 Dec 2026" (British usage writes "Sept"): how English pages write a date. */
const englishDate = /^\d{1,2} [A-Z][a-z]{2,3} \d{4}$/;

describe('[LANGUAGE] the language chosen before signing in', () => {
  it('[HR][LANGUAGE] stays English after sign-in, with English dates, and is saved on request', async () => {
    const page = await newPage(suite.browser);
    await page.goto(`${suite.portal.baseUrl}/login`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    // Sabine's profile says German; the choice made here wins.
    await submitLoginForm(page, 'hr@rhein-stahl.example');
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    const offer = page.getByRole('status').filter({
      hasText: "Save English as your account's language?",
    });
    await offer.waitFor();
    await expectNoSeriousA11yViolations(page);

    await page.goto(`${suite.portal.baseUrl}/hires`);
    const table = page.getByRole('table').first();
    await table.waitFor();
    const dates = await table.locator('time').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toMatch(englishDate);
    await expectNoSeriousA11yViolations(page);

    // The offer is still there on the next page; saving it ends it.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('The language is saved in your profile.').waitFor();
    await page.reload();
    await page.getByRole('table').first().waitFor();
    expect(await page.getByText("Save English as your account's language?").count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.context().close();
  });

  it('[HR][LANGUAGE] with "No thanks" the profile stays as it is and the offer does not return', async () => {
    const page = await newPage(suite.browser);
    await page.goto(`${suite.portal.baseUrl}/login`);
    await page.getByRole('button', { name: 'English' }).click();
    await submitLoginForm(page, 'hr@pflege-ruhr.example');
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    await page.getByRole('button', { name: 'No thanks' }).click();
    expect(await page.getByText("Save English as your account's language?").count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    expect(await page.getByText("Save English as your account's language?").count()).toBe(0);
    const profile = (await (
      await page.request.get(`${suite.portal.baseUrl}/api/auth/me`)
    ).json()) as {
      user: { locale: string };
    };
    expect(profile.user.locale).toBe('de');
    await page.context().close();
  });
});
