import { defineProject } from 'vitest/config';

// Browser and cross-package tests: each file starts its own portal and one Chromium.
export default defineProject({
  test: {
    name: 'browser',
    environment: 'node',
    include: ['e2e/**/*.test.ts', 'integration/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['./e2e/support/global-setup.ts'],
  },
});
