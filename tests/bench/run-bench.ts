// `pnpm bench`: 100,000 cases in a temporary database, the real server on loopback, autocannon
// against the reviewer queue and a case detail, with the health check as the reference and
// `auth/me` as a signed-in one; then the dashboard, the full export and a search, timed thrice.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createDb, migrateDb, seedDemoData } from '@itc/db';
import { createApp, createMailDispatcher, defaultAppConfig, systemClock } from '@itc/server';
import { encodeCursor } from '@itc/server/lib/cursor';
import pino from 'pino';
import { signInByApi } from '../e2e/support/api-session';
import { type Measurement, measure } from './measure';
import { seedBenchCases } from './seed-bench-cases';
import { type Timing, timeRequests } from './time-requests';

const caseCount = 100_000;
const seconds = 10;
const targets = { queueP99Ms: 25, queueShareOfHealth: 0.25 };

const dir = mkdtempSync(join(tmpdir(), 'itc-bench-'));
const db = createDb(join(dir, 'bench.sqlite'));
migrateDb(db);
const now = systemClock.now();
await seedDemoData(db, now, { cases: false });
// A throw-away file: a large page cache and no fsync make the bulk insert several times faster.
db.$client.pragma('cache_size = -262144');
db.$client.pragma('synchronous = OFF');
const started = performance.now();
seedBenchCases(db, { count: caseCount, now });
db.$client.pragma('synchronous = NORMAL');
db.$client.pragma('optimize');
console.log(`seeded ${caseCount} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const logger = pino({ level: 'silent' });
const mail = createMailDispatcher({ db, clock: systemClock, logger, transport: null, from: 'x@x' });
const app = createApp({ db, clock: systemClock, logger, mail, config: defaultAppConfig });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((ready) => server.once('listening', () => ready()));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const base = `${origin}/api`;

// The reviewer enrols the second factor on this first sign-in, as every city account must.
const { cookie } = await signInByApi(origin, 'sachbearbeitung@stadt.example');

// A keyset cursor half-way down the default order (newest first), as paging there would give.
const deep = db.$client
  .prepare(
    'SELECT submitted_at AS s, id FROM cases ORDER BY submitted_at DESC, id DESC LIMIT 1 OFFSET 50000',
  )
  .get() as { s: string; id: string };
const detail = db.$client
  .prepare("SELECT id FROM cases WHERE status = 'permit_issued' LIMIT 1")
  .get() as { id: string };

const runs: { name: string; path: string; signedIn: boolean }[] = [
  { name: 'health', path: '/health', signedIn: false },
  // A second reference with no target: the session lookup every signed-in request pays.
  { name: 'signed-in reference: auth/me', path: '/auth/me', signedIn: true },
  {
    name: 'queue: first page, status + assigned to me',
    path: '/cases?status=in_review,documents_requested&assigned=me&limit=20',
    signedIn: true,
  },
  {
    name: 'queue: page 2,501 by keyset',
    path: `/cases?limit=20&cursor=${encodeCursor([deep.s, deep.id])}`,
    signedIn: true,
  },
  { name: 'case detail', path: `/cases/${detail.id}`, signedIn: true },
];

const results: Measurement[] = [];
for (const run of runs) {
  results.push(
    await measure({
      name: run.name,
      url: `${base}${run.path}`,
      cookie: run.signedIn ? cookie : undefined,
      seconds,
    }),
  );
}

const health = results[0]!;
console.log(
  `\n${'endpoint'.padEnd(46)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'× health'.padStart(10)}`,
);
for (const result of results) {
  console.log(
    `${result.name.padEnd(46)}${result.requestsPerSecond.toFixed(0).padStart(9)}${String(result.p50).padStart(9)}${String(result.p99).padStart(9)}${(result.requestsPerSecond / health.requestsPerSecond).toFixed(2).padStart(10)}`,
  );
}
// Heavy single requests have no target; they are timed so that a slow one shows up here.
const heavy: { name: string; path: string }[] = [
  { name: 'dashboard, last twelve months', path: '/cases/dashboard' },
  { name: 'CSV export, every case', path: '/cases/export.csv' },
  { name: 'search by family name', path: '/cases?q=Nguyen&limit=20' },
  { name: 'search by company (a third of all cases)', path: '/cases?q=Rhein&limit=20' },
  { name: 'search without a hit', path: '/cases?q=Zyxwv&limit=20' },
];
const timings: Timing[] = [];
for (const request of heavy) {
  timings.push(
    await timeRequests({ name: request.name, url: `${base}${request.path}`, cookie, times: 3 }),
  );
}
console.log(
  `\n${'single request (3 in a row)'.padEnd(46)}${'median ms'.padStart(11)}${'slowest ms'.padStart(12)}${'KB'.padStart(9)}`,
);
for (const timing of timings) {
  console.log(
    `${timing.name.padEnd(46)}${timing.medianMs.toFixed(0).padStart(11)}${timing.slowestMs.toFixed(0).padStart(12)}${(timing.bytes / 1024).toFixed(0).padStart(9)}`,
  );
}

const queue = results.filter((result) => result.name.startsWith('queue'));
const checks = [
  ...queue.map((result) => ({
    label: `${result.name}: p99 ${result.p99} ms < ${targets.queueP99Ms} ms`,
    ok: result.p99 < targets.queueP99Ms,
  })),
  ...queue.map((result) => ({
    label: `${result.name}: ${(result.requestsPerSecond / health.requestsPerSecond).toFixed(2)} × health ≥ ${targets.queueShareOfHealth}`,
    ok: result.requestsPerSecond >= targets.queueShareOfHealth * health.requestsPerSecond,
  })),
];
console.log('');
for (const check of checks) console.log(`${check.ok ? 'PASS' : 'FAIL'}  ${check.label}`);

await new Promise<void>((done) => server.close(() => done()));
db.$client.close();
rmSync(dir, { recursive: true, force: true });
process.exit(checks.every((check) => check.ok) ? 0 : 1);
