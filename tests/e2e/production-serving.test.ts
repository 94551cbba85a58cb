import type { Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage } from './support/browser';
import { startBrowserSuite } from './support/suite';

const suite = startBrowserSuite();

const immutable = 'public, max-age=31536000, immutable';
const rebuild = 'served without brotli: is the build precompressed (pnpm build)?';
const tinyFile = 200;

describe('[PUBLIC][SERVING] the web app as a first-time visitor gets it', () => {
  it('[PUBLIC][SERVING] /login arrives compressed, assets stay cached and the page revalidates', async () => {
    const page = await newPage(suite.browser);
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${suite.portal.baseUrl}/login`);
    await page.getByRole('button', { name: 'Anmelden' }).waitFor();
    await page.waitForLoadState('networkidle');

    const document = responses.find((response) => response.request().resourceType() === 'document');
    const etag = document?.headers().etag;
    expect(document?.status()).toBe(200);
    expect(document?.headers()['cache-control']).toBe('no-cache');
    expect(etag).toMatch(/^"[\w-]+"$/);
    // zod runs without its JIT: its eval probe would break the Content-Security-Policy here.
    expect(consoleErrors.filter((text) => /Content Security Policy|script-src/.test(text))).toEqual(
      [],
    );

    const code = responses.filter((response) =>
      ['script', 'stylesheet'].includes(response.request().resourceType()),
    );
    expect(code.map((response) => response.request().resourceType())).toEqual(
      expect.arrayContaining(['script', 'stylesheet']),
    );
    let transferred = 0;
    let decoded = 0;
    for (const response of code) {
      const { pathname } = new URL(response.url());
      const body = await response.body();
      expect(pathname).toMatch(/^\/assets\//);
      // A file of a few dozen bytes comes out of brotli no smaller; the build keeps it plain.
      if (body.length >= tinyFile) {
        expect(response.headers()['content-encoding'], `${pathname} ${rebuild}`).toBe('br');
      }
      expect(response.headers()['cache-control'], pathname).toBe(immutable);
      transferred += (await response.request().sizes()).responseBodySize;
      decoded += body.length;
    }
    // Brotli takes the bundles to about a fifth; a plain or barely compressed build fails here.
    expect(transferred).toBeLessThan(decoded * 0.4);

    const reloaded = page.waitForResponse((response) => response.request().isNavigationRequest());
    await page.reload();
    await page.getByRole('button', { name: 'Anmelden' }).waitFor();
    const revalidated = await reloaded;
    // Playwright reports the revalidated page with the cached status 200; on the wire the browser
    // sent the ETag and got no body back, which is the server's 304.
    expect((await revalidated.request().allHeaders())['if-none-match']).toBe(etag);
    expect((await revalidated.request().sizes()).responseBodySize).toBe(0);
    const assetTransfers = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry as PerformanceResourceTiming)
        .filter((entry) => new URL(entry.name).pathname.startsWith('/assets/'))
        .map((entry) => ({ path: new URL(entry.name).pathname, bytes: entry.transferSize })),
    );
    expect(assetTransfers.length).toBeGreaterThan(0);
    // transferSize 0: taken from the browser's cache without asking the server.
    for (const asset of assetTransfers) expect(asset).toEqual({ path: asset.path, bytes: 0 });
    await page.context().close();
  });
});
