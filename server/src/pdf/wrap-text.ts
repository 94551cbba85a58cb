import type { PDFFont } from 'pdf-lib';

/** Cuts a word wider than the column (a hash, a long file name) into pieces that fit. */
function splitWord(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && !fits(piece + char)) {
      pieces.push(piece);
      piece = char;
    } else {
      piece += char;
    }
  }
  return [...pieces, piece];
}

const characterWidths = new WeakMap<PDFFont, Map<string, number>>();

/**
 * The width of a line as the sum of its characters' advances, each measured once per font:
 * pdf-lib measures an embedded font's text by shaping it, which is slow when done for every
 * candidate line. pdf-lib draws the glyphs unkerned, so the sum is the drawn width.
 */
function textWidth(font: PDFFont, text: string, size: number): number {
  let widths = characterWidths.get(font);
  if (!widths) {
    widths = new Map();
    characterWidths.set(font, widths);
  }
  let total = 0;
  for (const char of text) {
    let width = widths.get(char);
    if (width === undefined) {
      width = font.widthOfTextAtSize(char, 1);
      widths.set(char, width);
    }
    total += width;
  }
  return total * size;
}

/** Breaks one paragraph of printable text into lines no wider than `width`. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (line: string) => textWidth(font, line, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/).flatMap((w) => splitWord(w, fits))) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  return [...lines, line];
}
