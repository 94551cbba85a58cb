import { statSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { ZipArchive, type ZipEntryData } from 'archiver';
import type { Logger } from 'pino';
import { storedPath } from '../documents/document-storage.service';
import type { ExportedFile } from './personal-data-export.record';

/** A file of the export with its place on disk, checked to be there. */
export type ZipFile = { path: string; source: string };

/** Checked before the first byte goes out: a missing file is a server error, not a broken ZIP. */
export function locateStoredFiles(uploadDir: string, files: ExportedFile[]): ZipFile[] {
  return files.map((file) => {
    const source = storedPath(uploadDir, file.storageKey);
    statSync(source);
    return { path: file.path, source };
  });
}

/**
 * The export as a streamed ZIP: JSON and PDF compressed, the uploaded files stored as they are
 * (PDFs and photos do not shrink) and read from disk only when their turn comes.
 */
export function streamPersonalDataZip(options: {
  json: string;
  summary: Uint8Array;
  files: ZipFile[];
  now: Date;
  logger: Logger;
}): ReadableStream<Uint8Array> {
  const { json, summary, files, now, logger } = options;
  const archive = new ZipArchive({ zlib: { level: 6 } });
  const output = new PassThrough();
  archive.on('error', (error) => {
    logger.error({ err: error }, 'personal data export failed while streaming');
    output.destroy(error);
  });
  archive.pipe(output);
  archive.append(json, { name: 'personal-data.json', date: now });
  archive.append(Buffer.from(summary), { name: 'summary.pdf', date: now });
  for (const file of files) {
    const entry: ZipEntryData = { name: file.path, date: now, store: true };
    archive.file(file.source, entry);
  }
  void archive.finalize();
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
