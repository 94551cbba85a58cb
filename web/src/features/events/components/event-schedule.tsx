import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/use-country-options';
import { scheduleParts } from '../utils/event-time';

/** "Donnerstag, 10.12.2026, 10:00–12:00 Uhr" in German time, in both UI languages. */
export function EventSchedule({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const parts = scheduleParts(startsAt, endsAt, locale);
  return (
    <time dateTime={startsAt}>
      {parts.sameDay ? t('events.time.sameDay', parts) : t('events.time.span', parts)}
    </time>
  );
}
