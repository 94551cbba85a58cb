import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { textAreas } from './text-areas-plugin.ts';

const apiTarget = 'http://localhost:3000';

// The SPA talks to the Hono server on the same origin; in development vite proxies /api to it.
export default defineConfig({
  plugins: [
    react(),
    textAreas({ localesDir: fileURLToPath(new URL('src/locales', import.meta.url)) }),
  ],
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    port: 4173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // scripts/size-budget.mjs reads what each route loads from it.
    manifest: true,
    // No data: URLs: the server's Content-Security-Policy allows fonts only from 'self'.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // React and the router, which every page needs, change less often than the app: their
        // own chunk stays cached across releases. Other libraries go with the pages that use them.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/,
            },
            // zod with the module that switches its JIT off, so that runs before any schema
            // is built (zod decides per schema, when it is created; see lib/zod-jitless.ts).
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]lib[\\/]zod-jitless\.ts$/ },
          ],
        },
      },
    },
  },
});
