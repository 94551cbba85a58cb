import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from './woff-to-sfnt';

const woff = readFileSync(
  createRequire(import.meta.url).resolve('@kern-ux/native/dist/fonts/noto-sans/NotoSans-Bold.woff'),
);

describe('woffToSfnt', () => {
  it('unpacks the font fontkit reads from the WOFF file, glyph for glyph', () => {
    const packed = fontkit.create(woff);
    const sfnt = woffToSfnt(woff);
    const unpacked = fontkit.create(sfnt);
    expect(sfnt.toString('latin1', 0, 4)).not.toBe('wOFF');
    // The size the WOFF header records for the font it wraps.
    expect(sfnt.length).toBe(woff.readUInt32BE(16));
    expect(unpacked.numGlyphs).toBe(packed.numGlyphs);
    for (const char of ['A', 'ễ', 'Ş', 'Ł', 'Ж', '€']) {
      const codePoint = char.codePointAt(0)!;
      expect(unpacked.glyphForCodePoint(codePoint).advanceWidth, char).toBe(
        packed.glyphForCodePoint(codePoint).advanceWidth,
      );
      expect(unpacked.glyphForCodePoint(codePoint).id, char).toBe(
        packed.glyphForCodePoint(codePoint).id,
      );
    }
  });

  it('refuses what is no WOFF font, and a table whose data is cut short', () => {
    expect(() => woffToSfnt(woffToSfnt(woff))).toThrow('not a WOFF 1.0 font');
    const damaged = Buffer.from(woff);
    // The first table's original length, one byte longer than its data unpacks to.
    damaged.writeUInt32BE(damaged.readUInt32BE(44 + 12) + 1, 44 + 12);
    expect(() => woffToSfnt(damaged)).toThrow('damaged WOFF table');
  });
});
