import { type Locale, localeSchema, type ValidationMessageKey } from '@itc/shared';
import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import type de from '../locales/de.json';
import { loadRequiredTexts } from './text-areas';

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
  /** Texts given up front (tests) are used as they are; otherwise they load by area. */
  resources?: Resource;
};

const missingTextMessage = 'Missing text:';

/** Instances given all texts up front, which never load any. */
const completeInstances = new WeakSet<I18n>();
let initialisation: Promise<void> | undefined;

/**
 * Sets up an i18next instance for the portal; resolves when the texts the loaded code needs are
 * there in the language, so a render after it shows no untranslated keys.
 */
export async function setUpI18n(
  instance: I18n,
  { locale = readStoredLocale() ?? defaultLocale, resources }: I18nOptions = {},
): Promise<void> {
  if (resources) completeInstances.add(instance);
  const initialTexts = resources ?? { [locale]: { translation: await loadRequiredTexts(locale) } };
  instance.use(initReactI18next);
  instance.on('languageChanged', (lng) => {
    if (isLocale(lng)) applyLocale(lng);
  });
  await instance.init({
    resources: initialTexts,
    lng: locale,
    // Every language has every key (locales.test.ts), so no second language is ever loaded.
    fallbackLng: false,
    supportedLngs: [...supportedLocales],
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    // Texts added later (a page's, or the second pass of a language switch) re-render what shows.
    react: { bindI18nStore: 'added' },
    // A key without text shows as the key itself; say so, so tests (and developers) see it.
    saveMissing: true,
    missingKeyHandler: (_languages, _namespace, key) => {
      console.error(`${missingTextMessage} "${key}"`);
    },
  });
}

/** Adds the texts of every required area in `locale`; areas already there merge unchanged. */
async function addRequiredTexts(instance: I18n, locale: Locale): Promise<void> {
  if (completeInstances.has(instance)) return;
  const texts = await loadRequiredTexts(locale);
  instance.addResourceBundle(locale, 'translation', texts, true, true);
}

/** Initialises the shared i18next instance once; later calls resolve at once. */
export function initI18n(options: I18nOptions = {}): Promise<void> {
  initialisation ??= setUpI18n(i18n, options);
  return initialisation;
}

/**
 * Resolves when the texts of every module loaded so far are there: a page awaits it after its
 * module has loaded (app/router.tsx), as must any module loaded later with `import()` that
 * shows texts of an area its page does not.
 */
export async function loadPageTexts(): Promise<void> {
  await initI18n();
  await addRequiredTexts(i18n, getLocale());
}

export function getLocale(): Locale {
  const current = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(current) ? current : defaultLocale;
}

/** Switches the UI language and remembers it in this browser. */
export async function changeLocale(locale: Locale): Promise<void> {
  storeLocale(locale);
  if (getLocale() !== locale) await switchLanguage(i18n, locale);
}

/** Changes an instance's language once the texts of the areas in use are there in it. */
export async function switchLanguage(instance: I18n, locale: Locale): Promise<void> {
  await addRequiredTexts(instance, locale);
  await instance.changeLanguage(locale);
  // A page module that loaded meanwhile asked for its texts in the old language.
  await addRequiredTexts(instance, locale);
}
