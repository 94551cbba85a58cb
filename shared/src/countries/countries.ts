import { z } from 'zod';
import type { Locale } from '../api/common.schema';

/**
 * ISO 3166-1 alpha-2 codes of inhabited places (and Kosovo, XK), so a nationality or a country of
 * residence can be chosen. Left out as nobody lives there: Antarctica (AQ), Bouvet Island (BV),
 * Heard and McDonald Islands (HM), South Georgia (GS), the French Southern Territories (TF) and
 * the US Minor Outlying Islands (UM).
 */
export const countryCodes: readonly string[] = `
  AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
  BS BT BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
  EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT GU GW
  GY HK HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
  KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU
  MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT
  PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC
  TD TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WF WS XK YE
  YT ZA ZM ZW
`
  .trim()
  .split(/\s+/);

export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => countryCodes.includes(code), 'country_unknown');

/**
 * Names come from the runtime's CLDR data (Intl.DisplayNames), in every language the same way,
 * instead of a bundled table. English CLDR writes "Antigua & Barbuda"; letters spell out "and".
 */
const displayNames: Record<Locale, Intl.DisplayNames> = {
  de: new Intl.DisplayNames('de', { type: 'region', fallback: 'code' }),
  en: new Intl.DisplayNames('en-GB', { type: 'region', fallback: 'code' }),
};

export function countryName(code: string, locale: Locale): string {
  const name = displayNames[locale].of(code.toUpperCase()) ?? code;
  return locale === 'en' ? name.replace(' & ', ' and ') : name;
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
