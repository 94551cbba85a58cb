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

/** Breaks one paragraph of WinAnsi-safe text into lines no wider than `width`. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (line: string) => font.widthOfTextAtSize(line, size) <= width;
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
