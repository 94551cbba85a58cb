import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import de from '../locales/de.json';
import { setUpI18n, switchLanguage } from './i18n';
import { requireTextAreas } from './text-areas';

describe('translations', () => {
  it('downloads the texts in use in the language in use, there before the first render', async () => {
    const instance = i18next.createInstance();
    await setUpI18n(instance, { locale: 'en' });

    expect(instance.t('app.skipLink')).toBe('Skip to content');
    expect(instance.hasResourceBundle('en', 'translation')).toBe(true);
    expect(instance.hasResourceBundle('de', 'translation')).toBe(false);
    expect(document.documentElement.lang).toBe('en');

    await switchLanguage(instance, 'de');
    expect(instance.t('app.skipLink')).toBe('Zum Inhalt springen');
    expect(document.documentElement.lang).toBe('de');
  });

  it('adds the texts of a page that loaded during a language switch in the new language', async () => {
    const instance = i18next.createInstance();
    await setUpI18n(instance, { locale: 'en' });
    // Named through a variable, so the build does not register the area with this module.
    const area = 'notFound';
    const switching = switchLanguage(instance, 'de');
    requireTextAreas([area]);
    await switching;

    expect(instance.t(`${area}.title` as 'notFound.title')).toBe(de.notFound.title);
  });
});
