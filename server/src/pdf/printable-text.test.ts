import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedPortalFonts } from './pdf-fonts';
import { toPrintable } from './printable-text';

const { regular } = await embedPortalFonts(await PDFDocument.create());

describe('toPrintable', () => {
  it('keeps names in Latin, Greek and Cyrillic letters exactly', () => {
    const names = 'Nguyễn Thị Ánh · Şükrü Aydın · Łukasz Wąsik · Ελένη · Олена Шевченко';
    expect(toPrintable(names, regular)).toBe(names);
  });

  it('puts in a stand-in, strips accents or prints "?" for what the font lacks', () => {
    expect(toPrintable('−5\tTage', regular)).toBe('-5 Tage');
    expect(toPrintable('王芳', regular)).toBe('??');
    // A Devanagari vowel sign on its own is dropped, not printed as "?".
    expect(toPrintable('\u093f', regular)).toBe('');
  });
});
