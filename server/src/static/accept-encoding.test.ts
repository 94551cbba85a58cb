import { describe, expect, it } from 'vitest';
import { chooseContentCoding } from './accept-encoding';

const both = ['br', 'gzip'] as const;

describe('choosing the content coding from Accept-Encoding', () => {
  it('prefers brotli when the browser takes both, as Chromium, Firefox and Safari send it', () => {
    expect(chooseContentCoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(chooseContentCoding('GZIP, BR', both)).toBe('br');
  });

  it('sends gzip to a client that does not take brotli', () => {
    expect(chooseContentCoding('gzip, deflate', both)).toBe('gzip');
    expect(chooseContentCoding('br', ['gzip'])).toBe('identity');
  });

  it('follows the q-values: higher wins, q=0 refuses, ties go to brotli', () => {
    expect(chooseContentCoding('br;q=0.2, gzip;q=0.8', both)).toBe('gzip');
    expect(chooseContentCoding('br;q=0, gzip', both)).toBe('gzip');
    expect(chooseContentCoding('br; q=0.000, gzip;Q=0.5', both)).toBe('gzip');
    expect(chooseContentCoding('gzip;q=0.7, br;q=0.7', both)).toBe('br');
    expect(chooseContentCoding('br;q=0, gzip;q=0', both)).toBe('identity');
  });

  it('reads * as every coding not named, and a named q as stronger than *', () => {
    expect(chooseContentCoding('*', both)).toBe('br');
    expect(chooseContentCoding('*;q=0.5, br;q=0', both)).toBe('gzip');
    expect(chooseContentCoding('*;q=0', both)).toBe('identity');
  });

  it('sends the file as it is without a header, with an empty one or with a broken q', () => {
    expect(chooseContentCoding(undefined, both)).toBe('identity');
    expect(chooseContentCoding('', both)).toBe('identity');
    expect(chooseContentCoding('identity', both)).toBe('identity');
    expect(chooseContentCoding('br;q=high', both)).toBe('identity');
    expect(chooseContentCoding('gzip, br', [])).toBe('identity');
  });
});
