import type { Locale } from '../api/common.schema';

export { type Locale, localeSchema } from '../api/common.schema';

export const locales = ['de', 'en'] as const satisfies readonly Locale[];

/** German is the portal's default language. */
export const defaultLocale: Locale = 'de';
