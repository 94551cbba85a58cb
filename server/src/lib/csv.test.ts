import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './csv';

describe('CSV for German Excel', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('Müller GmbH')).toBe('Müller GmbH');
    expect(csvCell('A; B')).toBe('"A; B"');
    expect(csvCell('Die "Firma"')).toBe('"Die ""Firma"""');
    expect(csvCell('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
    expect(csvLine(['a', 'b;c', ''])).toBe('a;"b;c";\r\n');
  });

  it('keeps a cell from becoming a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+49 203')).toBe("'+49 203");
    expect(csvCell('-5+A1')).toBe("'-5+A1");
    // Days left may be negative: a number stays a number.
    expect(csvCell('-5')).toBe('-5');
  });
});
