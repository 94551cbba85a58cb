// `pnpm start`: builds the SPA when no build exists, then runs the server on ./data by default.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const webDist = resolve(root, 'web/dist');

if (!existsSync(resolve(webDist, 'index.html'))) {
  console.log('No build of the web app yet: building it once …');
  const build = spawnSync('pnpm', ['--filter', '@itc/web', 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Relative paths are taken from where `pnpm start` was called, not from the server package.
const fromCaller = (value, fallback) => resolve(process.env.INIT_CWD ?? root, value ?? fallback);
const env = {
  ...process.env,
  DATABASE_PATH: fromCaller(process.env.DATABASE_PATH, resolve(root, 'data/itc.sqlite')),
  UPLOAD_DIR: fromCaller(process.env.UPLOAD_DIR, resolve(root, 'data/uploads')),
  WEB_DIST: webDist,
};

const server = spawn('pnpm', ['--filter', '@itc/server', 'start'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
