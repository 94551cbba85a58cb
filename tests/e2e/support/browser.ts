import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { nextSignInCode, rememberFactor, totpCode } from './second-factor';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const missingTexts = new WeakMap<Page, string[]>();

/**
 * A page in a fresh German browser context (own cookies), downloads allowed. It notes every text
 * key the SPA reports missing (lib/i18n.ts), for `expectNoSeriousA11yViolations`.
 */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', acceptDownloads: true });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const missing: string[] = [];
  missingTexts.set(page, missing);
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith('Missing text:')) {
      missing.push(message.text());
    }
  });
  return page;
}

const artifacts = fileURLToPath(new URL('../../.artifacts', import.meta.url));

/** Runs a step and keeps a screenshot of the page when it fails, named after the test. */
export async function withScreenshotOnFailure(page: Page, run: () => Promise<void>) {
  try {
    await run();
  } catch (error) {
    const name = (expect.getState().currentTestName ?? 'e2e')
      .replace(/[^\w-]+/g, '-')
      .slice(0, 120);
    await page
      .screenshot({ path: join(artifacts, `fail-${name}.png`), fullPage: true })
      .catch(() => undefined);
    throw error;
  }
}

const welcome = /^(Willkommen|Welcome)/;
const codeStep = /^(Anmeldung bestätigen|Confirm sign-in)$/;
const enrolmentStep = /^(Zwei-Faktor-Anmeldung einrichten|Set up two-factor sign-in)$/;

/**
 * Signs in through the login form, as a person would. City staff set up their second factor on
 * the first sign-in (the secret is read off the page, the code computed as a phone would) and
 * answer the code step later, so every test can keep signing staff in with this one call.
 */
export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  password = 'Willkommen-2026',
) {
  await page.goto(`${baseUrl}/login`);
  await submitLoginForm(page, email, password);
  const heading = page.getByRole('heading', { level: 1 }).filter({
    hasText: new RegExp(`${welcome.source}|${codeStep.source}|${enrolmentStep.source}`),
  });
  await heading.waitFor();
  const title = (await heading.textContent()) ?? '';
  if (codeStep.test(title)) await enterSignInCode(page, await nextSignInCode(baseUrl, email));
  if (enrolmentStep.test(title)) await enrolInPage(page, baseUrl, email);
  await page.getByRole('heading', { level: 1, name: welcome }).waitFor();
}

/** Fills in and sends the login form of the page on screen: the password step only. */
export async function submitLoginForm(page: Page, email: string, password = 'Willkommen-2026') {
  await page.getByLabel(/E-Mail-Adresse|Email address/).fill(email);
  await page.getByLabel(/^(Passwort|Password)/).fill(password);
  await page.getByRole('button', { name: /^(Anmelden|Sign in)$/ }).click();
}

/** The code step of the login: a TOTP code or (by its format) a recovery code. */
export async function enterSignInCode(page: Page, code: string) {
  if (/^\d{6}$/.test(code)) {
    await page
      .getByLabel(/^(Code aus der Authenticator-App|Code from the authenticator app)/)
      .fill(code);
  } else {
    await page
      .getByRole('button', { name: /Wiederherstellungscode verwenden|Use a recovery code/ })
      .click();
    await page.getByLabel(/^(Wiederherstellungscode|Recovery code)/).fill(code);
  }
  await page.getByRole('button', { name: /^(Bestätigen|Confirm)$/ }).click();
}

/** The enrolment page: reads the secret shown for manual entry, confirms, keeps the codes. */
export async function enrolInPage(page: Page, baseUrl: string, email: string) {
  const start = page.getByRole('button', { name: /^(Einrichtung beginnen|Start setup)$/ });
  if (await start.isVisible()) await start.click();
  const secret = await page
    .getByLabel(/Schlüssel zur Eingabe von Hand|Key for entering by hand/)
    .inputValue();
  if (!secret) throw new Error('no secret shown on the enrolment page');
  rememberFactor(baseUrl, email, secret, []);
  await page
    .getByLabel(/^(Code aus der Authenticator-App|Code from the authenticator app)/)
    .fill(totpCode(baseUrl, email));
  await page.getByRole('button', { name: /^(Einrichtung abschließen|Finish setup)$/ }).click();
  const codes = page
    .getByRole('list', { name: /Ihre Wiederherstellungscodes|Your recovery codes/ })
    .getByRole('listitem');
  await codes.first().waitFor();
  rememberFactor(baseUrl, email, secret, await codes.allTextContents());
  await page.getByRole('button', { name: /^(Weiter|Continue)$/ }).click();
}

/**
 * WCAG 2.1 AA via axe: no serious or critical violation on the page as it is now. Nor has the
 * page shown an untranslated key so far (each page loads its texts by area; a key the build did
 * not see would show raw).
 */
export async function expectNoSeriousA11yViolations(page: Page) {
  expect(missingTexts.get(page) ?? []).toEqual([]);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}
