import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import {
  type BackupManifest,
  backupDatabaseFile,
  backupManifestFile,
  backupManifestSchema,
  backupUploadsFolder,
  checkIntegrity,
  countFiles,
  isEmptyOrMissing,
  sha256OfFile,
} from './backup-portal';

/**
 * Puts a backup back into an empty data folder: refuses to overwrite a database or uploads,
 * checks the copy against the manifest and with `PRAGMA integrity_check` before it takes the
 * database's place.
 */
export function restorePortal(options: {
  sourceDir: string;
  databasePath: string;
  uploadDir: string;
}): BackupManifest {
  const { sourceDir, databasePath, uploadDir } = options;
  const manifestPath = join(sourceDir, backupManifestFile);
  if (!existsSync(manifestPath)) throw new Error(`${sourceDir} holds no ${backupManifestFile}.`);
  const manifest = backupManifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  for (const path of [databasePath, `${databasePath}-wal`, `${databasePath}-shm`]) {
    if (existsSync(path))
      throw new Error(`${path} exists; restore only into an empty data folder.`);
  }
  if (!isEmptyOrMissing(uploadDir)) {
    throw new Error(`${uploadDir} is not empty; restore only into an empty data folder.`);
  }
  const databaseCopy = join(sourceDir, backupDatabaseFile);
  if (sha256OfFile(databaseCopy) !== manifest.databaseSha256) {
    throw new Error('The database file does not match the manifest; the backup is incomplete.');
  }

  mkdirSync(dirname(databasePath), { recursive: true });
  const incoming = `${databasePath}.restoring`;
  copyFileSync(databaseCopy, incoming);
  const integrity = checkIntegrity(incoming);
  if (integrity !== 'ok') {
    rmSync(incoming, { force: true });
    throw new Error(`The backup's database is damaged: ${integrity}`);
  }
  renameSync(incoming, databasePath);

  mkdirSync(uploadDir, { recursive: true });
  cpSync(join(sourceDir, backupUploadsFolder), uploadDir, { recursive: true });
  const restoredFiles = countFiles(uploadDir);
  if (restoredFiles !== manifest.uploadFiles) {
    throw new Error(`Restored ${restoredFiles} files, the manifest names ${manifest.uploadFiles}.`);
  }
  return manifest;
}
