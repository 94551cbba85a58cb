/**
 * Countries whose documents are issued in German (ISO 3166 alpha-2), so they need no
 * translation. Multilingual states where German is one official language among others stay out:
 * their documents are often issued in another one.
 */
export const germanLanguageCountries: readonly string[] = ['DE', 'AT', 'CH', 'LI'];

/** An unknown country counts as foreign-language, so a translation is asked for rather than missed. */
export function issuesDocumentsInGerman(countryCode: string | null): boolean {
  return countryCode !== null && germanLanguageCountries.includes(countryCode);
}
