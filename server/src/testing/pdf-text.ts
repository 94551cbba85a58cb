import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';

/** WinAnsi's 0x80–0x9F (€, „, “, –…); the rest is Latin-1. Node's decoder treats it as Latin-1. */
const winAnsiHigh = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWinAnsi(bytes: Buffer): string {
  return Array.from(bytes, (byte) =>
    byte >= 0x80 && byte <= 0x9f ? winAnsiHigh[byte - 0x80] : String.fromCharCode(byte),
  ).join('');
}

/**
 * The text drawn on every page. pdf-lib deflates content streams and writes text as hex strings
 * (`<48616C6C6F> Tj`), so the raw bytes never contain it; this inflates the streams and decodes
 * the strings. Loading with pdf-lib also proves the file parses.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  const chunks: string[] = [];
  for (const page of doc.getPages()) {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of streams) {
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const operators = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      for (const [, hex] of operators.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
        chunks.push(decodeWinAnsi(Buffer.from(hex ?? '', 'hex')));
      }
    }
  }
  return chunks.join('\n');
}
