import { countryName, countryOptions, type Locale } from '@itc/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLocale, isLocale } from './i18n';
import type { SelectOption } from './select-option';

/** The UI language as a contract locale. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : defaultLocale;
}

/** Every inhabited country (ISO 3166-1), named and sorted in the UI language. */
export function useCountryOptions(): SelectOption[] {
  const locale = useLocale();
  return useMemo(
    () => countryOptions(locale).map(({ code, name }) => ({ value: code, label: name })),
    [locale],
  );
}

/** A country's name in the UI language ("Indien" / "India"). */
export function useCountryName(): (code: string | null | undefined) => string {
  const locale = useLocale();
  return (code) => (code ? countryName(code, locale) : '–');
}
