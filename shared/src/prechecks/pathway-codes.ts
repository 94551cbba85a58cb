import { z } from 'zod';
import type { Locale } from './locales';

/** Listed in the order the assessment presents them. */
export const pathwayCodes = ['18g', '18g-it', '18b', '18a', '19c2', '16d'] as const;
export const pathwayCodeSchema = z.enum(pathwayCodes);
export type PathwayCode = z.infer<typeof pathwayCodeSchema>;

export const pathwayResults = ['eligible', 'conditional', 'not_eligible'] as const;
export const pathwayResultSchema = z.enum(pathwayResults);
export type PathwayResult = z.infer<typeof pathwayResultSchema>;

export const pathwayLabels: Record<PathwayCode, Record<Locale, string>> = {
  '18g': { de: 'Blaue Karte EU (§ 18g AufenthG)', en: 'EU Blue Card (§ 18g AufenthG)' },
  '18g-it': {
    de: 'Blaue Karte EU für IT-Fachleute (§ 18g Abs. 2 AufenthG)',
    en: 'EU Blue Card for IT specialists (§ 18g(2) AufenthG)',
  },
  '18b': {
    de: 'Fachkraft mit Hochschulabschluss (§ 18b AufenthG)',
    en: 'Skilled worker with a university degree (§ 18b AufenthG)',
  },
  '18a': {
    de: 'Fachkraft mit Berufsausbildung (§ 18a AufenthG)',
    en: 'Skilled worker with vocational training (§ 18a AufenthG)',
  },
  '19c2': {
    de: 'Beschäftigung mit Berufserfahrung (§ 19c Abs. 2 AufenthG)',
    en: 'Employment based on professional experience (§ 19c(2) AufenthG)',
  },
  '16d': {
    de: 'Anerkennungsmaßnahmen (§ 16d AufenthG)',
    en: 'Recognition measures (§ 16d AufenthG)',
  },
};
