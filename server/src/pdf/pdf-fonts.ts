import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { woffToSfnt } from './woff-to-sfnt';

const require = createRequire(import.meta.url);

/**
 * Noto Sans from the KERN UX package: it covers the Latin, Greek and Cyrillic alphabets whole, so
 * names such as "Nguyễn Thị", "Şükrü Aydın" or "Олена" print exactly as entered — a form for the
 * immigration office must carry the name as in the passport, which the WinAnsi-only standard PDF
 * fonts cannot.
 */
const fontFiles = {
  regular: '@kern-ux/native/dist/fonts/noto-sans/NotoSans-Regular.woff',
  bold: '@kern-ux/native/dist/fonts/noto-sans/NotoSans-Bold.woff',
} as const;

type FontName = keyof typeof fontFiles;

const fontBytes = new Map<FontName, Buffer>();

function bytesOf(name: FontName): Buffer {
  let bytes = fontBytes.get(name);
  if (!bytes) {
    bytes = woffToSfnt(readFileSync(require.resolve(fontFiles[name])));
    fontBytes.set(name, bytes);
  }
  return bytes;
}

/** Embeds the portal's fonts, subset to the glyphs the document uses (a few KB each). */
export async function embedPortalFonts(doc: PDFDocument): Promise<Record<FontName, PDFFont>> {
  doc.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([
    doc.embedFont(bytesOf('regular'), { subset: true }),
    doc.embedFont(bytesOf('bold'), { subset: true }),
  ]);
  return { regular, bold };
}
