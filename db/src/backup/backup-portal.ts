import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';

export const backupDatabaseFile = 'itc.sqlite';
export const backupUploadsFolder = 'uploads';
export const backupManifestFile = 'manifest.json';

export const backupManifestSchema = z.object({
  createdAt: z.iso.datetime(),
  database: z.literal(backupDatabaseFile),
  databaseSha256: z.string().regex(/^[0-9a-f]{64}$/),
  uploadFiles: z.int().min(0),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

export function sha256OfFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function isEmptyOrMissing(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/** The files below `dir`, counted recursively (0 when it does not exist). */
export function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  ).length;
}

/** `PRAGMA integrity_check` of a database file: 'ok', or what SQLite found wrong. */
export function checkIntegrity(path: string): string {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check).join('; ');
  } finally {
    sqlite.close();
  }
}

/**
 * Writes a consistent copy of the database (SQLite's online backup API, so the server may keep
 * running and writing) and then the upload folder into the empty folder `targetDir`. The database
 * comes first: every file its rows name was written before the row, so it is in the copy too.
 */
export async function backupPortal(options: {
  databasePath: string;
  uploadDir: string;
  targetDir: string;
  now: Date;
}): Promise<BackupManifest> {
  const { databasePath, uploadDir, targetDir, now } = options;
  if (!existsSync(databasePath)) throw new Error(`No database at ${databasePath}.`);
  if (!isEmptyOrMissing(targetDir)) {
    throw new Error(`${targetDir} is not empty; a backup goes into a new or empty folder.`);
  }
  mkdirSync(targetDir, { recursive: true });
  const databaseCopy = join(targetDir, backupDatabaseFile);
  const source = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    await source.backup(databaseCopy);
  } finally {
    source.close();
  }
  // One self-contained file: no -wal or -shm beside the copy, so its hash is the whole database.
  const copy = new Database(databaseCopy);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  const integrity = checkIntegrity(databaseCopy);
  if (integrity !== 'ok') throw new Error(`The copied database is damaged: ${integrity}`);

  const uploadsCopy = join(targetDir, backupUploadsFolder);
  mkdirSync(uploadsCopy, { recursive: true });
  if (existsSync(uploadDir)) cpSync(uploadDir, uploadsCopy, { recursive: true });

  const manifest: BackupManifest = {
    createdAt: now.toISOString(),
    database: backupDatabaseFile,
    databaseSha256: sha256OfFile(databaseCopy),
    uploadFiles: countFiles(uploadsCopy),
  };
  writeFileSync(join(targetDir, backupManifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
