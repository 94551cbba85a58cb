// `pnpm start`: builds what is missing (the SPA once, the server bundle when its sources changed),
// then runs the compiled server on plain node, on ./data by default. Development and production
// take the same path; NODE_ENV=production makes the server insist on its production settings.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, serverBundle, serverBundleIsStale } from './build.mjs';

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

if (serverBundleIsStale()) {
  console.log('Building the server …');
  await buildServer();
}

// Relative paths are taken from where `pnpm start` was called, not from the server package.
const fromCaller = (value, fallback) => resolve(process.env.INIT_CWD ?? root, value ?? fallback);
const env = {
  ...process.env,
  DATABASE_PATH: fromCaller(process.env.DATABASE_PATH, resolve(root, 'data/itc.sqlite')),
  UPLOAD_DIR: fromCaller(process.env.UPLOAD_DIR, resolve(root, 'data/uploads')),
  WEB_DIST: webDist,
};

const server = spawn(process.execPath, ['--enable-source-maps', serverBundle], {
  cwd: root,
  env,
  stdio: 'inherit',
});
// The server finishes its requests and closes the database on these; this process waits for it.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
