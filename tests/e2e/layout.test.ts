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

const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };

async function staffPage(email: string, viewport: { width: number; height: number }) {
  const page = await newPage(suite.browser);
  await page.setViewportSize(viewport);
  await signIn(page, suite.portal.baseUrl, email);
  return page;
}

/** The top edge of each element, rounded to whole pixels. */
async function tops(locator: Locator): Promise<number[]> {
  const boxes = await locator.evaluateAll((elements) =>
    elements.map((element) => Math.round(element.getBoundingClientRect().top)),
  );
  return boxes;
}

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Hauptnavigation' });
}

describe('[STAFF][LAYOUT] header and navigation at 1280 px', () => {
  for (const email of ['admin@stadt.example', 'sachbearbeitung@stadt.example']) {
    it(`${email}: the header and the navigation each fit one row`, async () => {
      const page = await staffPage(email, desktop);
      await withScreenshotOnFailure(page, async () => {
        // Every item of the navigation (links and the admin menu's button) on the same line.
        const itemTops = await tops(mainNav(page).locator('.app-nav__list > li'));
        expect(itemTops.length).toBeGreaterThanOrEqual(6);
        expect(new Set(itemTops).size).toBe(1);
        await expect(mainNav(page).getByRole('button', { name: 'Menü' }).isVisible()).resolves.toBe(
          false,
        );
        // Brand and tools (language, notifications, user) side by side, not one below the other.
        const [brand, tools] = await Promise.all([
          page.locator('.app-brand').boundingBox(),
          page.locator('.app-header__tools').boundingBox(),
        ]);
        expect(tools && brand && tools.y < brand.y + brand.height).toBe(true);
        await expectNoSeriousA11yViolations(page);
      });
      await page.context().close();
    });
  }

  it('[ADMIN][NAV] the admin menu works with the keyboard, one item is current', async () => {
    const page = await staffPage('admin@stadt.example', desktop);
    await withScreenshotOnFailure(page, async () => {
      const nav = mainNav(page);
      const admin = nav.getByRole('button', { name: 'Verwaltung' });
      await admin.focus();
      await page.keyboard.press('Enter');
      await expect(admin.getAttribute('aria-expanded')).resolves.toBe('true');
      const employers = nav.getByRole('link', { name: 'Unternehmen prüfen' });
      await employers.waitFor();
      await page.keyboard.press('Tab');
      await expect(employers.evaluate((link) => link === document.activeElement)).resolves.toBe(
        true,
      );
      await expectNoSeriousA11yViolations(page);

      await page.keyboard.press('Escape');
      await expect(admin.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(admin.evaluate((button) => button === document.activeElement)).resolves.toBe(
        true,
      );
      await expect(employers.isVisible()).resolves.toBe(false);

      await page.keyboard.press(' ');
      await nav.getByRole('link', { name: 'Nutzerkonten' }).click();
      await page.waitForURL(/\/admin\/users$/);
      await expect(nav.locator('[aria-current="page"]').allTextContents()).resolves.toEqual([
        'Nutzerkonten',
      ]);

      await nav.getByRole('link', { name: 'Auswertung' }).click();
      await page.waitForURL(/\/cases\/dashboard$/);
      await expect(nav.locator('[aria-current="page"]').allTextContents()).resolves.toEqual([
        'Auswertung',
      ]);
    });
    await page.context().close();
  });
});

describe('[STAFF][LAYOUT] on a phone (390 px)', () => {
  it('[ADMIN][NAV] the navigation folds behind a menu button that opens it by keyboard', async () => {
    const page = await staffPage('admin@stadt.example', phone);
    await withScreenshotOnFailure(page, async () => {
      const nav = mainNav(page);
      const toggle = nav.getByRole('button', { name: 'Menü' });
      const cases = nav.getByRole('link', { name: 'Fälle', exact: true });
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(cases.isVisible()).resolves.toBe(false);
      await expectNoSeriousA11yViolations(page);

      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      await expect(cases.isVisible()).resolves.toBe(true);
      // One item per line.
      const itemTops = await tops(nav.locator('.app-nav__list > li'));
      expect(new Set(itemTops).size).toBe(itemTops.length);
      await expectNoSeriousA11yViolations(page);

      await page.keyboard.press('Escape');
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(toggle.evaluate((button) => button === document.activeElement)).resolves.toBe(
        true,
      );

      await page.keyboard.press('Enter');
      await nav.getByRole('button', { name: 'Verwaltung' }).click();
      await nav.getByRole('link', { name: 'Nutzerkonten' }).click();
      await page.waitForURL(/\/admin\/users$/);
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    });
    await page.context().close();
  });

  it('[ADMIN][TABLE] table rows become stacked blocks, each value labelled by its column', async () => {
    const page = await staffPage('admin@stadt.example', phone);
    await withScreenshotOnFailure(page, async () => {
      await page.goto(`${suite.portal.baseUrl}/admin/users`);
      const table = page.getByRole('table').first();
      await table.waitFor();
      const row = table.locator('tbody tr').first();
      const cells = row.locator('th, td');
      const cellTops = await tops(cells);
      expect(new Set(cellTops).size).toBe(cellTops.length);
      // The label in front of each value is its column header.
      const headers = await table.locator('thead th').allTextContents();
      const labels = await cells.evaluateAll((elements) =>
        elements.map((cell) => cell.getAttribute('data-label')),
      );
      expect(labels.filter(Boolean)).toEqual(headers.filter((_, index) => labels[index] !== null));
      const shown = await cells
        .first()
        .evaluate((cell) => getComputedStyle(cell, '::before').content);
      expect(shown).toContain(labels[0]);
      // Screen readers still meet a table, its rows and column headers (Chromium's own tree).
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const roles = new Set(nodes.map((node) => node.role?.value));
      expect([...roles]).toEqual(expect.arrayContaining(['table', 'row', 'columnheader', 'cell']));
      // No sideways scrolling: the table fits the screen.
      const box = await table.boundingBox();
      expect(box && box.x + box.width <= phone.width).toBe(true);
      await expectNoSeriousA11yViolations(page);
    });
    await page.context().close();
  });
});

describe('[STAFF][DASHBOARD] weekly column chart', () => {
  it('shows the weeks as a named chart, with the table one click away', async () => {
    const page = await staffPage('sachbearbeitung@stadt.example', desktop);
    await withScreenshotOnFailure(page, async () => {
      await page.goto(`${suite.portal.baseUrl}/cases/dashboard`);
      const chart = page.getByRole('img', { name: 'Eingereichte Fälle je Kalenderwoche' });
      await chart.waitFor();
      await expect(chart.getAttribute('aria-describedby')).resolves.toBeTruthy();
      await expect(chart.locator('.app-week-chart__bar').count()).resolves.toBeGreaterThan(0);
      const section = page.getByRole('region', { name: 'Eingereichte Fälle je Kalenderwoche' });
      await section.getByText('Zahlen als Tabelle').click();
      await section.getByRole('table', { name: 'Eingereichte Fälle je Kalenderwoche' }).waitFor();
      await expectNoSeriousA11yViolations(page);
    });
    await page.context().close();
  });
});

describe('[PUBLIC][LEGAL] contact and Impressum', () => {
  it('are linked in the footer and open without signing in', async () => {
    const page = await newPage(suite.browser);
    await withScreenshotOnFailure(page, async () => {
      await page.goto(`${suite.portal.baseUrl}/login`);
      const footer = page.getByRole('contentinfo');
      await footer.getByRole('link', { name: 'Kontakt' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kontakt' }).waitFor();
      await expect(page.getByRole('link', { name: /^0203/ }).getAttribute('href')).resolves.toMatch(
        /^tel:/,
      );
      await page.getByRole('heading', { name: 'Öffnungszeiten' }).waitFor();
      await expectNoSeriousA11yViolations(page);

      await footer.getByRole('link', { name: 'Impressum' }).click();
      await page.getByRole('heading', { level: 1, name: 'Impressum' }).waitFor();
      await page.getByRole('heading', { name: 'Aufsichtsbehörde' }).waitFor();
      await expectNoSeriousA11yViolations(page);
    });
    await page.context().close();
  });
});
