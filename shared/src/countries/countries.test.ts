import { describe, expect, it } from 'vitest';
import { countryCodeSchema, countryCodes, countryName, countryOptions } from './countries';

const uninhabited = ['AQ', 'BV', 'HM', 'GS', 'TF', 'UM'];

describe('country list', () => {
  it('leaves out places where nobody lives, and refuses them as input', () => {
    for (const code of uninhabited) {
      expect(countryCodes).not.toContain(code);
      expect(countryCodeSchema.safeParse(code).success).toBe(false);
    }
    expect(countryCodeSchema.parse(' in ')).toBe('IN');
    expect(countryCodes).toHaveLength(244);
  });

  it('names every country in both languages, none left as a code or in the other language', () => {
    const english = new Map(countryOptions('en').map(({ code, name }) => [code, name]));
    for (const { code, name } of countryOptions('de')) {
      expect(name, code).not.toBe(code);
      expect(english.get(code), code).not.toBe(code);
    }
    expect(countryName('IN', 'de')).toBe('Indien');
    expect(countryName('IN', 'en')).toBe('India');
    expect(countryName('CI', 'de')).toBe('Côte d’Ivoire');
    expect(countryName('BA', 'en')).toBe('Bosnia and Herzegovina');
  });

  it('sorts by the name in the language shown', () => {
    const german = countryOptions('de').map(({ name }) => name);
    expect(german.indexOf('Österreich')).toBeLessThan(german.indexOf('Pakistan'));
    expect(german.indexOf('Ägypten')).toBeLessThan(german.indexOf('Albanien'));
  });
});
