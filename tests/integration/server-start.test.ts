import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const server = fileURLToPath(new URL('../../server', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'itc-start-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('starting the portal', () => {
  // The tests import the server through vitest's resolver; `pnpm start` runs it with tsx, which
  // resolves imports more strictly. This start catches a module the portal itself cannot load.
  it('[OPS][START] the server starts as pnpm start runs it, answers health and stops on SIGTERM', async () => {
    const port = 30_000 + Math.floor(Math.random() * 20_000);
    const child = spawn(join(server, 'node_modules/.bin/tsx'), ['src/main.ts'], {
      cwd: server,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_PATH: join(dir, 'itc.sqlite'),
        UPLOAD_DIR: join(dir, 'uploads'),
        WEB_DIST: join(dir, 'no-web'),
        LOG_LEVEL: 'warn',
      },
    });
    let output = '';
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      await expect
        .poll(
          async () => {
            const health = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
            return health?.status ?? output;
          },
          { timeout: 60_000, interval: 250 },
        )
        .toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
