import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

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

/** A page in a fresh German browser context (own cookies), downloads allowed. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', acceptDownloads: true });
  context.setDefaultTimeout(15_000);
  return context.newPage();
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

/** Signs in through the login form, as a person would. */
export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  password = 'Willkommen-2026',
) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/E-Mail-Adresse|Email address/).fill(email);
  await page.getByLabel(/^(Passwort|Password)/).fill(password);
  await page.getByRole('button', { name: /^(Anmelden|Sign in)$/ }).click();
  await page.getByRole('heading', { level: 1, name: /Willkommen|Welcome/ }).waitFor();
}

/** WCAG 2.1 AA via axe: no serious or critical violation on the page as it is now. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}
