import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldIcsLines } from './fold-ics-lines.ics';

const octets = (text: string) => Buffer.byteLength(text, 'utf8');
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

/** Text with umlauts, Arabic, CJK and emoji, so characters of 1 to 4 octets meet every cut. */
const contentText = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', 'ü', 'ß', 'é', 'ع', '語', '€', '😀', ',', ';'),
  maxLength: 300,
});

describe('foldIcsLines', () => {
  it('keeps every physical line within 75 octets, never splitting a character', () => {
    fc.assert(
      fc.property(contentText, (text) => {
        const folded = foldIcsLines(`BEGIN:VEVENT\r\nDESCRIPTION:${text}\r\nEND:VEVENT`);
        for (const line of folded.split('\r\n')) {
          expect(octets(line)).toBeLessThanOrEqual(75);
          expect(line).not.toContain('\uFFFD');
          expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
        }
        expect(unfold(folded)).toBe(`BEGIN:VEVENT\r\nDESCRIPTION:${text}\r\nEND:VEVENT`);
      }),
    );
  });

  it('re-folds a line the ics package folded by characters', () => {
    const summary = `SUMMARY:${'Ä'.repeat(80)}`;
    const byCharacters = `${summary.slice(0, 75)}\r\n\t${summary.slice(75)}`;
    const folded = foldIcsLines(byCharacters).split('\r\n');
    // 8 octets of "SUMMARY:" and 2 per "Ä": the first line stops at 74, as a 76th octet would split an Ä.
    expect(folded.map(octets)).toEqual([74, 75, 21]);
    expect(folded[0]).toBe(`SUMMARY:${'Ä'.repeat(33)}`);
    expect(folded[1]).toBe(` ${'Ä'.repeat(37)}`);
  });

  it('leaves short lines alone', () => {
    expect(foldIcsLines('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n')).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n',
    );
  });
});
