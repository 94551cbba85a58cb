import type { Db } from '@itc/db';
import type { Locale } from '@itc/shared';
import type { Logger } from 'pino';
import type { AuthContext } from '../app-env';
import { type AcceptedFile, acceptFile } from './accept-file';
import { cleanFileName } from './clean-file-name';
import { removeStoredFile, writeStoredFile } from './document-storage.service';

/** What a feature that stores uploads passes on: the database, the caller and the upload folder. */
export type StorageOptions = {
  db: Db;
  now: Date;
  auth: AuthContext;
  uploadDir: string;
  logger: Logger;
};

export type StoredUpload = { accepted: AcceptedFile; storageKey: string; fileName: string };

/**
 * Accepts and writes the file, then records it with `record` (a database transaction). If that
 * fails the file is removed again, so there is never a file without its row or a row without
 * its file.
 */
export async function storeUpload<T>(
  options: { uploadDir: string; locale: Locale; file: File },
  record: (upload: StoredUpload) => T,
): Promise<T> {
  const { uploadDir, locale, file } = options;
  const accepted = await acceptFile(file, locale);
  const storageKey = await writeStoredFile(uploadDir, accepted.bytes);
  try {
    return record({ accepted, storageKey, fileName: cleanFileName(file.name) });
  } catch (error) {
    await removeStoredFile(uploadDir, storageKey);
    throw error;
  }
}

/** Files of replaced or deleted rows go after the commit; a leftover is logged, not fatal. */
export async function removeStoredFiles(
  options: { uploadDir: string; logger: Logger },
  storageKeys: string[],
): Promise<void> {
  for (const storageKey of storageKeys) {
    await removeStoredFile(options.uploadDir, storageKey).catch((error: unknown) =>
      options.logger.warn({ err: error, storageKey }, 'could not remove a stored document'),
    );
  }
}
