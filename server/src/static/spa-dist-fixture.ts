import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const builtAt = new Date('2026-11-25T09:00:00Z');

export const fixtureFiles = {
  'index.html': `<!doctype html><html><head><script type="module" src="/assets/index-a1b2c3.js"></script></head><body>${'<div></div>'.repeat(50)}</body></html>`,
  'assets/index-a1b2c3.js': `export const greeting = ${JSON.stringify('Willkommen '.repeat(200))};`,
  'assets/index-d4e5f6.css': `body { margin: 0; }${' .kern-btn { color: #2044aa; }'.repeat(100)}`,
  'assets/font-0a1b2c.woff2': 'wOF2 pretend font bytes',
  'robots.txt': 'User-agent: *\nDisallow: /api/\n',
};

/**
 * A small built SPA in a fresh temporary folder, like `vite build` leaves it, with a file next to
 * the folder that no request may reach. `precompressed` adds the `.br`/`.gz` files the build
 * script writes for the html, js and css.
 */
export function writeSpaDist({ precompressed }: { precompressed: boolean }) {
  const root = mkdtempSync(join(tmpdir(), 'itc-spa-'));
  const dist = join(root, 'dist');
  const write = (path: string, content: string | Buffer) => {
    const file = join(dist, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    utimesSync(file, builtAt, builtAt);
  };
  for (const [path, content] of Object.entries(fixtureFiles)) {
    write(path, content);
    if (precompressed && /\.(html|js|css)$/.test(path)) {
      write(`${path}.br`, brotliCompressSync(content));
      write(`${path}.gz`, gzipSync(content));
    }
  }
  writeFileSync(join(root, 'secret.txt'), 'database password');
  return { dist, write, remove: () => rmSync(root, { recursive: true, force: true }) };
}
