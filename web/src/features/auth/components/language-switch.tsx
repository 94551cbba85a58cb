import type { Locale } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { changeLocale, defaultLocale, isLocale, supportedLocales } from '../../../lib/i18n';
import { useMe } from '../api/get-me';
import { useUpdatePreferences } from '../api/update-preferences';

/** Names of the languages in the languages themselves, so everyone finds their own. */
const languageNames: Record<Locale, string> = { de: 'Deutsch', en: 'English' };

/**
 * DE/EN switch. The choice is kept in this browser; when logged in it is also saved to the
 * account (PATCH /api/auth/me), so that e-mails and the next login use it as well.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { data: user } = useMe();
  const updatePreferences = useUpdatePreferences();
  const current: Locale = isLocale(i18n.language) ? i18n.language : defaultLocale;

  const select = async (locale: Locale) => {
    if (locale === current) return;
    // Saved first: the texts of the new language may take a moment to download.
    if (user && user.locale !== locale) updatePreferences.mutate({ locale });
    await changeLocale(locale);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form fieldset
    <div className="app-language-switch" role="group" aria-label={t('app.languageSwitch')}>
      {supportedLocales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className={`kern-btn kern-btn--x-small ${
            locale === current ? 'kern-btn--primary' : 'kern-btn--tertiary'
          }`}
          aria-pressed={locale === current}
          onClick={() => select(locale)}
        >
          <span className="kern-label">{languageNames[locale]}</span>
        </button>
      ))}
    </div>
  );
}
