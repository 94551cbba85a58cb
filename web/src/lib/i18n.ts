import { type Locale, localeSchema, type ValidationMessageKey } from '@itc/shared';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import de from '../locales/de.json';
import en from '../locales/en.json';

export const supportedLocales = localeSchema.options;
export const defaultLocale: Locale = 'de';
const storageKey = 'itc.locale';
const requiredMessageKey: ValidationMessageKey = 'required';

export const resources = {
  de: { translation: de },
  en: { translation: en },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof de };
  }
}

export function isLocale(value: unknown): value is Locale {
  return localeSchema.safeParse(value).success;
}

/** The language chosen while logged out (or last used), kept in this browser only. */
export function readStoredLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Storage may be disabled (private mode); the choice then lasts for this visit only.
  }
}

/**
 * zod's own messages follow the UI language. An empty required field gets the shared `required`
 * key instead (translated when shown), so it reads the same in every form and in API problems.
 */
function configureZod(locale: Locale): void {
  z.config(locale === 'en' ? z.locales.en() : z.locales.de());
  z.config({
    customError: (issue) => {
      const isEmptyString =
        issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1;
      const isMissing = issue.input === undefined || issue.input === null || issue.input === '';
      return isEmptyString || isMissing ? requiredMessageKey : undefined;
    },
  });
}

function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  configureZod(locale);
}

export const i18n = i18next.createInstance();

/** Initialises the shared i18next instance once; later calls only return it. */
export function initI18n(locale: Locale = readStoredLocale() ?? defaultLocale) {
  if (i18n.isInitialized) return i18n;
  i18n.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: defaultLocale,
    supportedLngs: [...supportedLocales],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  applyLocale(locale);
  i18n.on('languageChanged', (lng) => {
    if (isLocale(lng)) applyLocale(lng);
  });
  return i18n;
}

export function getLocale(): Locale {
  const current = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(current) ? current : defaultLocale;
}

/** Switches the UI language and remembers it in this browser. */
export async function changeLocale(locale: Locale): Promise<void> {
  storeLocale(locale);
  if (getLocale() !== locale) await i18n.changeLanguage(locale);
}
