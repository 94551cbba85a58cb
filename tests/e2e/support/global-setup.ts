import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** The browser tests serve the built SPA; build it once when a run starts without one. */
export default function setup() {
  if (existsSync(resolve(root, 'web/dist/index.html'))) return;
  const build = spawnSync('pnpm', ['--filter', '@itc/web', 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('building the web app failed');
}
