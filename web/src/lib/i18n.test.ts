import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { setUpI18n, switchLanguage } from './i18n';

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
});
