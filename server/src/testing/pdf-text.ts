import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  type PDFPage,
  PDFRawStream,
  PDFRef,
} from 'pdf-lib';

type GlyphMap = Map<number, string>;

function inflate(doc: PDFDocument, ref: unknown): string {
  const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
  if (!(stream instanceof PDFRawStream)) return '';
  return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
}

const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');

/**
 * A font's ToUnicode CMap: the glyph codes pdf-lib writes, back to the characters they show.
 * pdf-lib writes every glyph as a `bfchar` entry.
 */
function parseToUnicode(cmap: string): GlyphMap {
  const glyphs: GlyphMap = new Map();
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of (body ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      glyphs.set(Number.parseInt(code!, 16), utf16(text!));
    }
  }
  return glyphs;
}

/** The page's fonts by resource name (`F1`…), each with its glyph map. */
function fontsOf(doc: PDFDocument, page: PDFPage): Map<string, GlyphMap> {
  const fonts = new Map<string, GlyphMap>();
  const resources = page.node.Resources();
  const fontDict = resources?.lookupMaybe(PDFName.of('Font'), PDFDict);
  for (const [name, ref] of fontDict?.entries() ?? []) {
    const font = doc.context.lookup(ref, PDFDict);
    fonts.set(name.decodeText(), parseToUnicode(inflate(doc, font.get(PDFName.of('ToUnicode')))));
  }
  return fonts;
}

/**
 * The text drawn on every page, a line per text operator. pdf-lib deflates content streams and
 * writes embedded fonts' text as two-byte glyph codes (`<00230041> Tj`), so the raw bytes never
 * contain it; this inflates the streams and maps the codes back through each font's ToUnicode
 * CMap. Loading with pdf-lib also proves the file parses.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  const chunks: string[] = [];
  for (const page of doc.getPages()) {
    const fonts = fontsOf(doc, page);
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of streams) {
      let glyphs: GlyphMap = new Map();
      for (const [, font, hex] of inflate(doc, ref).matchAll(
        /\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj/g,
      )) {
        if (font) glyphs = fonts.get(font) ?? new Map();
        else {
          const codes = (hex ?? '').match(/.{4}/g) ?? [];
          chunks.push(
            codes.map((code) => glyphs.get(Number.parseInt(code, 16)) ?? '\uFFFD').join(''),
          );
        }
      }
    }
  }
  return chunks.join('\n');
}
