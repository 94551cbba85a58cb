/** Minimal files with real signatures: the server judges uploads by their first bytes. */
const encoder = new TextEncoder();

export const samplePdf = encoder.encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
export const sampleJpeg = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46,
]);
export const samplePng = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13,
]);
/** A Windows program ("MZ" header), as if renamed to .pdf. */
export const sampleExe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);

/** A PDF of `size` bytes: the header, then padding. */
export function pdfOfSize(size: number): Uint8Array {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(samplePdf.subarray(0, 8));
  return bytes;
}
