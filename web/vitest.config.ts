import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';
import { textAreas } from './text-areas-plugin.ts';

export default defineProject({
  plugins: [
    react(),
    textAreas({ localesDir: fileURLToPath(new URL('src/locales', import.meta.url)) }),
  ],
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts', 'scripts/**/*.test.mjs', '*.test.ts'],
    setupFiles: ['./src/testing/setup.ts'],
    // jsdom renders slowly while the browser tests share the two cores in one run.
    testTimeout: 20_000,
  },
});
