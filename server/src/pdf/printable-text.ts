import type { PDFFont } from 'pdf-lib';

const characterSets = new WeakMap<PDFFont, Set<number>>();

function characterSetOf(font: PDFFont): Set<number> {
  let set = characterSets.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    characterSets.set(font, set);
  }
  return set;
}

/** Characters the font lacks that have an obvious stand-in (Noto Sans has no minus sign). */
const standIns: Record<string, string> = { '\u2212': '-' };

/**
 * The text as the font can print it: pdf-lib throws on a character the font lacks, and a name
 * must never stop a form from printing. Tabs become spaces; a character the font lacks takes its
 * stand-in, else loses its accents when that helps, and what is left becomes "?".
 */
export function toPrintable(text: string, font: PDFFont): string {
  const supported = characterSetOf(font);
  const fits = (part: string) =>
    Array.from(part).every((char) => supported.has(char.codePointAt(0) ?? -1));
  return Array.from(text.normalize('NFC').replaceAll('\t', ' '), (char) => {
    if (fits(char)) return char;
    const standIn = standIns[char];
    if (standIn) return standIn;
    const withoutAccents = char.normalize('NFD').replace(/\p{M}/gu, '');
    // A lone accent that did not combine with its letter is dropped, not shown as "?".
    if (!withoutAccents) return '';
    return fits(withoutAccents) ? withoutAccents : '?';
  }).join('');
}
