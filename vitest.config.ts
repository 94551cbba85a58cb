import { defineConfig } from 'vitest/config';

// One vitest run covers every package; each package keeps its own environment.
export default defineConfig({
  test: {
    projects: ['shared', 'db', 'server', 'web', 'tests'],
  },
});
