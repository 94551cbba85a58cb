import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** One sample PDF, written once per demo document into the upload folder. */
export type DemoDocumentFiles = {
  uploadDir: string;
  bytes: Uint8Array;
  sha256: string;
};

/** The sample says plainly that it is demo data, so nobody mistakes it for a real file. */
async function demoPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Beispielunterlage (Demodaten)');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  const lines = [
    'Beispielunterlage',
    '',
    'Demodaten des ITC-Partnerportals der Stadt Duisburg.',
    'Dieses Dokument enthält keine echten Angaben.',
    '',
    'Sample document: demo data of the ITC partner portal.',
  ];
  lines.forEach((line, index) => {
    page.drawText(line, { x: 56, y: 770 - index * 22, size: index === 0 ? 20 : 12, font });
  });
  return doc.save();
}

export async function prepareDemoDocumentFiles(uploadDir: string): Promise<DemoDocumentFiles> {
  const bytes = await demoPdf();
  mkdirSync(uploadDir, { recursive: true, mode: 0o700 });
  return { uploadDir, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Stores a copy under a fresh random key, as the server stores uploads (`wx`: never overwrites).
 * Written inside the seed's transaction: if it rolls back, an unreferenced file stays behind,
 * never a row without its file.
 */
export function storeDemoDocument(files: DemoDocumentFiles): string {
  const storageKey = randomBytes(20).toString('hex');
  writeFileSync(join(files.uploadDir, storageKey), files.bytes, { flag: 'wx', mode: 0o600 });
  return storageKey;
}
