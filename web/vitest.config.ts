import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [react()],
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts', 'scripts/**/*.test.mjs'],
    setupFiles: ['./src/testing/setup.ts'],
    // jsdom renders slowly while the browser tests share the two cores in one run.
    testTimeout: 20_000,
  },
});
