import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { type Portal, startPortal } from './portal';

export type BrowserSuite = { portal: Portal; browser: Browser };

/**
 * One portal and one Chromium for the whole test file: started before its first test, closed
 * after its last. Read `portal` and `browser` inside tests, once they have started.
 */
export function startBrowserSuite(): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    [suite.portal, suite.browser] = await Promise.all([startPortal(), launchBrowser()]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.portal?.close();
  });
  return suite;
}
