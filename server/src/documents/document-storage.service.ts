import { randomBytes } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';

/**
 * Files are named by a random key, never by anything the uploader sent, so no name can reach
 * another path or guess a neighbour's file.
 */
function newStorageKey(): string {
  return randomBytes(20).toString('hex');
}

export function storedPath(uploadDir: string, storageKey: string): string {
  return join(uploadDir, storageKey);
}

/** Writes the bytes under a fresh key; `wx` refuses to overwrite anything already there. */
export async function writeStoredFile(uploadDir: string, bytes: Uint8Array): Promise<string> {
  await mkdir(uploadDir, { recursive: true, mode: 0o700 });
  const storageKey = newStorageKey();
  await writeFile(storedPath(uploadDir, storageKey), bytes, { flag: 'wx', mode: 0o600 });
  return storageKey;
}

export async function removeStoredFile(uploadDir: string, storageKey: string): Promise<void> {
  await rm(storedPath(uploadDir, storageKey), { force: true });
}

/** A stream of the stored file; throws at once (a server error) if the file has gone missing. */
export function openStoredFile(uploadDir: string, storageKey: string): ReadableStream<Uint8Array> {
  const path = storedPath(uploadDir, storageKey);
  statSync(path);
  return Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
}
