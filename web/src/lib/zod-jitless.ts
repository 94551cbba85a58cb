import { z } from 'zod';

// zod compiles object parsers with `new Function` once it has probed that eval works; the probe
// alone trips the Content-Security-Policy (no 'unsafe-eval') with a console error on every page.
// zod decides when a schema is created, so this must run first: main.tsx imports it first and
// vite.config.ts bundles it into zod's own chunk, which runs before any module using zod.
z.config({ jitless: true });
