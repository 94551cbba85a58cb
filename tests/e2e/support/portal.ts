import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createDb, type Db, migrateDb } from '@itc/db';
import { createApp, createMailDispatcher, defaultAppConfig, systemClock } from '@itc/server';
import { seedDemoData } from '@itc/server/demo/seed-demo-data';
import pino from 'pino';

// E2E_WEB_DIST lets one run test another build of the SPA than web/dist.
const webDist =
  process.env.E2E_WEB_DIST ?? fileURLToPath(new URL('../../../web/dist', import.meta.url));

export type Portal = {
  baseUrl: string;
  db: Db;
  databasePath: string;
  uploadDir: string;
  close(): Promise<void>;
};

/** The real server with the built SPA on a free port, over a fresh seeded SQLite file and upload folder. */
export async function startPortal(): Promise<Portal> {
  const dir = mkdtempSync(join(tmpdir(), 'itc-e2e-'));
  const databasePath = join(dir, 'portal.sqlite');
  const db = createDb(databasePath);
  migrateDb(db);
  const config = { ...defaultAppConfig, uploadDir: join(dir, 'uploads') };
  await seedDemoData(db, systemClock.now(), { uploadDir: config.uploadDir });
  const logger = pino({ level: 'silent' });
  const mail = createMailDispatcher({
    db,
    clock: systemClock,
    logger,
    transport: null,
    from: 'e2e@example',
  });
  const app = createApp({
    db,
    clock: systemClock,
    logger,
    mail,
    config,
    webDist,
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((ready) => server.once('listening', () => ready()));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db,
    databasePath,
    uploadDir: config.uploadDir,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => {
          db.$client.close();
          rmSync(dir, { recursive: true, force: true });
          done();
        });
      }),
  };
}
