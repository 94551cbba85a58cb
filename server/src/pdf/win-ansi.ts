import type { PDFFont } from 'pdf-lib';

/** Letters WinAnsi lacks that have an obvious Latin stand-in (Turkish, Polish, Croatian…). */
const standIns: Record<string, string> = {
  ı: 'i',
  İ: 'I',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ə: 'e',
  Ə: 'E',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\t': ' ',
};

const characterSets = new WeakMap<PDFFont, Set<number>>();

function characterSetOf(font: PDFFont): Set<number> {
  let set = characterSets.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    characterSets.set(font, set);
  }
  return set;
}

/**
 * The standard PDF fonts encode WinAnsi only, and pdf-lib throws on anything else. Umlauts and ß
 * are in WinAnsi; other letters lose their accents (ş → s) or take a stand-in (ı → i), and what
 * is left becomes "?" — a name must never stop a form from printing.
 */
export function toWinAnsi(text: string, font: PDFFont): string {
  const supported = characterSetOf(font);
  const fits = (part: string) =>
    Array.from(part).every((char) => supported.has(char.codePointAt(0) ?? -1));
  return Array.from(text.normalize('NFC'), (char) => {
    if (fits(char)) return char;
    const standIn = standIns[char];
    if (standIn) return standIn;
    const withoutAccents = char.normalize('NFD').replace(/\p{M}/gu, '');
    // A lone accent that did not combine with its letter is dropped, not shown as "?".
    if (!withoutAccents) return '';
    return fits(withoutAccents) ? withoutAccents : '?';
  }).join('');
}
