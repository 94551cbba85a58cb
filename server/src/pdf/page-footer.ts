import type { PDFFont } from 'pdf-lib';
import { wrapText } from './wrap-text';

export type FooterLine = { text: string; x: number; y: number };
export type FooterLayout = { lines: FooterLine[]; pageNumber: FooterLine };

const size = 8;
const lineHeight = size * 1.3;
/** Space kept between the footer text and the page number. */
const gutter = 16;

function pageNumberText(page: number, pageCount: number, language: 'de' | 'en'): string {
  return language === 'de' ? `Seite ${page} von ${pageCount}` : `Page ${page} of ${pageCount}`;
}

/**
 * The footer of one page: the text wrapped left of the page number (never under it), its last
 * line on the page number's baseline, further lines stacked above.
 */
export function layoutPageFooter(options: {
  text: string;
  font: PDFFont;
  page: number;
  pageCount: number;
  language: 'de' | 'en';
  pageWidth: number;
  margin: number;
}): FooterLayout {
  const { text, font, page, pageCount, language, pageWidth, margin } = options;
  const baseline = margin / 2;
  const number = pageNumberText(page, pageCount, language);
  // The widest number of the document, so every page wraps its footer the same way.
  const numberWidth = font.widthOfTextAtSize(pageNumberText(pageCount, pageCount, language), size);
  const textWidth = pageWidth - 2 * margin - numberWidth - gutter;
  const wrapped = wrapText(text, font, size, textWidth);
  return {
    lines: wrapped.map((line, index) => ({
      text: line,
      x: margin,
      y: baseline + (wrapped.length - 1 - index) * lineHeight,
    })),
    pageNumber: {
      text: number,
      x: pageWidth - margin - font.widthOfTextAtSize(number, size),
      y: baseline,
    },
  };
}

export const footerFontSize = size;
