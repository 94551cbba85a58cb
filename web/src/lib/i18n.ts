import { type Locale, localeSchema, type ValidationMessageKey } from '@itc/shared';
import i18next, { type BackendModule, type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import type de from '../locales/de.json';

export const supportedLocales = localeSchema.options;
export const defaultLocale: Locale = 'de';
const storageKey = 'itc.locale';
const requiredMessageKey: ValidationMessageKey = 'required';

export type Translation = typeof de;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}

/** One chunk per language: a visitor downloads only the texts of the language in use. */
const translationLoaders: Record<Locale, () => Promise<{ default: Translation }>> = {
  de: () => import('../locales/de.json'),
  en: () => import('../locales/en.json'),
};

/** An i18next backend that loads a language's texts when i18next first needs them. */
export const lazyTranslations: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!isLocale(language)) {
      callback(new Error(`No translations for "${language}".`), false);
      return;
    }
    translationLoaders[language]().then(
      (module) => callback(null, module.default),
      (error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

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

type I18nOptions = {
  locale?: Locale;
  /** Texts given up front (tests) are used as they are; otherwise they load per language. */
  resources?: Resource;
};

/**
 * Sets up an i18next instance for the portal; resolves when the language's texts are there, so
 * a render after it shows no untranslated keys.
 */
export async function setUpI18n(
  instance: I18n,
  { locale = readStoredLocale() ?? defaultLocale, resources }: I18nOptions = {},
): Promise<void> {
  if (!resources) instance.use(lazyTranslations);
  instance.use(initReactI18next);
  instance.on('languageChanged', (lng) => {
    if (isLocale(lng)) applyLocale(lng);
  });
  await instance.init({
    resources,
    lng: locale,
    // Every language has every key (locales.test.ts), so no second language is ever loaded.
    fallbackLng: false,
    supportedLngs: [...supportedLocales],
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
}

/** Initialises the shared i18next instance once; later calls resolve at once. */
export async function initI18n(options: I18nOptions = {}): Promise<void> {
  if (!i18n.isInitialized) await setUpI18n(i18n, options);
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
