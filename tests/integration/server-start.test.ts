import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, connect as connectTcp, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb } from '@itc/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundle = join(root, 'server/dist/main.js');
const dir = mkdtempSync(join(tmpdir(), 'itc-start-'));

/** A port nobody listens on: the SMTP server of a production start whose mail cannot go out. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

type Started = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function startCompiled(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--enable-source-maps', bundle], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', WEB_DIST: join(dir, 'no-web'), ...env },
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => output, exited };
}

function connected(port: number): Promise<Socket> {
  return new Promise((done, fail) => {
    const socket = connectTcp(port, '127.0.0.1', () => done(socket));
    socket.once('error', fail);
  });
}

/** Everything the server sends on a socket until it closes it. */
function received(socket: Socket): Promise<string> {
  let text = '';
  socket.on('data', (chunk) => {
    text += chunk;
  });
  return new Promise((done) => socket.on('close', () => done(text)));
}

beforeAll(() => {
  // Production runs the bundle; build it from the current sources as `pnpm start` does.
  const build = spawnSync(process.execPath, [join(root, 'server/scripts/build.mjs')], {
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('starting the portal in production', () => {
  const production = async () => ({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(await closedPort()),
    PUBLIC_URL: 'https://portal.duisburg.example',
    SMTP_URL: `smtp://127.0.0.1:${await closedPort()}`,
    MAIL_FROM: 'ITC Duisburg <itc@duisburg.example>',
    DATABASE_PATH: join(dir, 'itc.sqlite'),
    UPLOAD_DIR: join(dir, 'uploads'),
    LOG_LEVEL: 'info',
  });

  it('[OPS][START] refuses to start without PUBLIC_URL and says so', async () => {
    const env = await production();
    const started = startCompiled(
      Object.fromEntries(Object.entries(env).filter(([name]) => name !== 'PUBLIC_URL')),
    );
    expect(await started.exited).not.toBe(0);
    expect(started.output()).toMatch(/cannot start[\s\S]*PUBLIC_URL is required/);
    expect(existsSync(env.DATABASE_PATH)).toBe(false);
  });

  it('[OPS][START] the compiled server serves, finishes a request under way on SIGTERM and closes the database', async () => {
    const env = await production();
    const port = Number(env.PORT);
    const started = startCompiled(env);
    try {
      await expect
        .poll(
          async () => {
            const health = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
            return health?.status ?? started.output();
          },
          { timeout: 60_000, interval: 250 },
        )
        .toBe(200);

      // An idle keep-alive connection, as an open browser tab leaves one.
      const idle = await connected(port);
      const idleReceived = received(idle);
      idle.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      await expect.poll(() => idle.bytesRead).toBeGreaterThan(0);

      // A sign-in whose body is still on its way when the stop comes.
      const body = JSON.stringify({ email: 'nobody@duisburg.example', password: 'not-the-one' });
      const slow = await connected(port);
      const slowReceived = received(slow);
      let slowSoFar = '';
      slow.on('data', (chunk) => {
        slowSoFar += chunk;
      });
      // The interim 100 Continue shows that the server has taken the request up.
      slow.write(
        `POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n`,
      );
      await expect.poll(() => slowSoFar).toMatch(/^HTTP\/1.1 100 Continue/);

      started.child.kill('SIGTERM');
      await expect.poll(() => started.output()).toMatch(/finishing requests under way/);
      // The idle connection is closed at once; nobody new gets in.
      expect(await idleReceived).toMatch(/^HTTP\/1.1 200/);
      await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();

      slow.write(body);
      expect(await slowReceived).toMatch(/HTTP\/1.1 401 [\s\S]*invalid_credentials/);
    } finally {
      started.child.kill('SIGTERM');
    }
    expect(await started.exited).toBe(0);
    expect(started.output()).toMatch(/"msg":"shut down"/);
    // Closed cleanly: the write-ahead log was folded into the file and removed.
    expect(existsSync(`${env.DATABASE_PATH}-wal`)).toBe(false);
    const db = createDb(env.DATABASE_PATH);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    db.$client.close();
  });
});
