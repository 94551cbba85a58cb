import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import { z } from 'zod';
import type { Locale } from '../api/common.schema';

countries.registerLocale(de);
countries.registerLocale(en);

/** ISO 3166-1 alpha-2 codes from the maintained i18n-iso-countries package. */
export const countryCodes: readonly string[] = Object.keys(countries.getAlpha2Codes());

export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => countryCodes.includes(code), 'country_unknown');

export function countryName(code: string, locale: Locale): string {
  return countries.getName(code, locale, { select: 'official' }) ?? code;
}

/** Country options sorted by their name in the given language. */
export function countryOptions(locale: Locale): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale);
  return countryCodes
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * Citizens of the EU, the EEA and Switzerland enjoy free movement: they need no residence
 * procedure at all.
 */
export const freeMovementCountries: readonly string[] = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
  'CH',
];

export function hasFreeMovement(countryCode: string): boolean {
  return freeMovementCountries.includes(countryCode.toUpperCase());
}
