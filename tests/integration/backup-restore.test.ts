import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, type Db } from '@itc/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, signInByApi } from '../e2e/support/api-session';
import { type Portal, startPortal } from '../e2e/support/portal';

const root = fileURLToPath(new URL('../..', import.meta.url));

let portal: Portal;
let hr: ApiSession;
const work = mkdtempSync(join(tmpdir(), 'itc-backup-'));

beforeAll(async () => {
  portal = await startPortal();
  hr = await signInByApi(portal.baseUrl, 'hr@rhein-stahl.example');
});

afterAll(async () => {
  await portal?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Runs `pnpm db:backup|db:restore DIR` as an operator would, against the portal's data. */
function runDataCommand(
  command: 'db:backup' | 'db:restore',
  dir: string,
  data: { databasePath: string; uploadDir: string },
): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn('pnpm', ['--silent', command, dir], {
      cwd: root,
      env: { ...process.env, DATABASE_PATH: data.databasePath, UPLOAD_DIR: data.uploadDir },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => done({ code, output }));
  });
}

function hireBody(n: number) {
  return {
    givenNames: 'Ana',
    familyName: `Backup-${n}`,
    dateOfBirth: '1994-03-02',
    nationality: 'PH',
    passportNumber: `P${String(n).padStart(7, '0')}`,
    passportExpiry: '2033-01-31',
    residenceCountry: 'PH',
    email: null,
    qualification: {
      level: 'university',
      title: 'Bachelor of Science in Nursing',
      country: 'PH',
      completedYear: 2017,
      trainingYears: 4,
      stateRecognisedAbroad: true,
      recognition: 'pending',
    },
    germanLevel: 'B1',
    experienceYears: 5,
    familyMembers: [],
  };
}

function countHires(db: Db): number {
  return (db.$client.prepare('SELECT count(*) AS n FROM hires').get() as { n: number }).n;
}

describe('backup and restore', () => {
  it('[OPS][BACKUP] a backup taken while the portal writes restores into an empty folder, consistent and complete', async () => {
    const hiresBefore = countHires(portal.db);
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        const response = await hr.request('POST', '/api/hires', hireBody(written));
        expect(response.status).toBe(201);
        written += 1;
      }
    })();

    const backupDir = join(work, 'nightly');
    const backup = await runDataCommand('db:backup', backupDir, portal);
    writing = false;
    await writer;
    expect(backup.code, backup.output).toBe(0);
    expect(written).toBeGreaterThan(0);

    const restored = {
      databasePath: join(work, 'restored/itc.sqlite'),
      uploadDir: join(work, 'restored/uploads'),
    };
    const restore = await runDataCommand('db:restore', backupDir, restored);
    expect(restore.code, restore.output).toBe(0);
    expect(restore.output).toMatch(/integrity check ok/);

    const restoredDb = createDb(restored.databasePath);
    const hiresRestored = countHires(restoredDb);
    expect(hiresRestored).toBeGreaterThanOrEqual(hiresBefore);
    expect(hiresRestored).toBeLessThanOrEqual(hiresBefore + written);
    const keys = restoredDb.$client.prepare('SELECT storage_key AS key FROM documents').all() as {
      key: string;
    }[];
    restoredDb.$client.close();
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter(({ key }) => !existsSync(join(restored.uploadDir, key)))).toEqual([]);

    const again = await runDataCommand('db:restore', backupDir, restored);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/empty data folder/);
  });
});
