import type { Event } from '@itc/shared';
import { useLocale } from '../../../lib/use-country-options';

/**
 * Title and description in the UI language where the organiser gave an English version; the
 * German text otherwise, marked with its language for screen readers.
 */
export function useEventText(
  event: Pick<Event, 'title' | 'titleEn' | 'description' | 'descriptionEn'>,
) {
  const locale = useLocale();
  const isEnglish = locale === 'en';
  const title = isEnglish && event.titleEn ? event.titleEn : event.title;
  const titleLang = isEnglish && !event.titleEn ? 'de' : undefined;
  const description = isEnglish && event.descriptionEn ? event.descriptionEn : event.description;
  const descriptionLang = isEnglish && !event.descriptionEn ? 'de' : undefined;
  return { title, titleLang, description, descriptionLang };
}
