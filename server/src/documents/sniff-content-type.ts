import type { DocumentContentType } from '@itc/shared';

/** The first bytes of each accepted format (PDF 1.x/2.0 header, PNG and JPEG signatures). */
const signatures: readonly { type: DocumentContentType; bytes: readonly number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/**
 * The file's type judged by its content. Names and the browser's Content-Type are chosen by the
 * sender, so a renamed program would pass them; null means none of the accepted formats.
 */
export function sniffContentType(bytes: Uint8Array): DocumentContentType | null {
  const match = signatures.find((signature) =>
    signature.bytes.every((byte, index) => bytes[index] === byte),
  );
  return match?.type ?? null;
}
