import type { Event } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { TextLink } from '../../../components/ui/text-link';
import { useToday } from '../../../lib/clock';
import { formatDate } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';
import { monthPageSize, useEventMonth } from '../api/get-events';
import type { EventFilters } from '../api/keys';
import { berlinDay, berlinDayStart, scheduleParts, shiftMonth } from '../utils/event-time';
import { useEventText } from '../utils/use-event-text';

const localeTags = { de: 'de-DE', en: 'en-GB' } as const;

/** Monday-first weeks of a month; `null` pads the days before the 1st and after the last. */
type DayCell = { key: string; day: string | null };

function monthWeeks(month: string): DayCell[][] {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, monthNumber - 1, 1));
  const dayCount = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const offset = (first.getUTCDay() + 6) % 7;
  const cells: DayCell[] = Array.from({ length: offset }, (_, index) => ({
    key: `before-${index}`,
    day: null,
  }));
  for (let day = 1; day <= dayCount; day += 1) {
    const iso = `${month}-${String(day).padStart(2, '0')}`;
    cells.push({ key: iso, day: iso });
  }
  while (cells.length % 7 !== 0) cells.push({ key: `after-${cells.length}`, day: null });
  const weeks: DayCell[][] = [];
  for (let index = 0; index < cells.length; index += 7) weeks.push(cells.slice(index, index + 7));
  return weeks;
}

function useWeekdays() {
  const locale = useLocale();
  const long = new Intl.DateTimeFormat(localeTags[locale], { weekday: 'long', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(localeTags[locale], { weekday: 'short', timeZone: 'UTC' });
  // 5 January 2026 was a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const date = new Date(Date.UTC(2026, 0, 5 + index));
    return { long: long.format(date), short: short.format(date) };
  });
}

function CalendarEntry({ event }: { event: Event }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { title, titleLang } = useEventText(event);
  const { start } = scheduleParts(event.startsAt, event.endsAt, locale);
  return (
    <li>
      <TextLink to={`/events/${event.id}`} className="app-calendar__event">
        <span className="app-calendar__time">{t('events.time.short', { time: start })}</span>{' '}
        <span lang={titleLang}>{title}</span>
        {event.status === 'cancelled' ? ` (${t('events.badge.cancelled')})` : null}
        {event.status === 'draft' ? ` (${t('events.badge.draft')})` : null}
      </TextLink>
    </li>
  );
}

type EventCalendarProps = {
  /** `YYYY-MM` */
  month: string;
  filters: EventFilters;
  onMonthChange: (month: string) => void;
};

/** A month as an accessible table: one row per week, the events of a day as links in its cell. */
export function EventCalendar({ month, filters, onMonthChange }: EventCalendarProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const weekdays = useWeekdays();
  const events = useEventMonth({
    ...filters,
    from: berlinDayStart(`${month}-01`),
    to: berlinDayStart(`${shiftMonth(month, 1)}-01`),
  });
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const monthName = new Intl.DateTimeFormat(localeTags[locale], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, monthNumber - 1, 1)));
  const today = useToday();

  const byDay = new Map<string, Event[]>();
  for (const event of events.data?.items ?? []) {
    const day = berlinDay(event.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  const count = events.data?.items.filter(
    (event) => berlinDay(event.startsAt) >= `${month}-01`,
  ).length;

  return (
    <div className="kern-stack">
      <div className="app-calendar__nav">
        <Button
          variant="secondary"
          size="small"
          icon="arrow-back"
          onClick={() => onMonthChange(shiftMonth(month, -1))}
        >
          {t('events.calendar.previous')}
        </Button>
        <p className="kern-heading-small app-calendar__month" aria-live="polite">
          {monthName}
          {count !== undefined ? (
            <span className="kern-body kern-body--small app-calendar__count">
              {' – '}
              {t('events.calendar.eventCount', { count })}
            </span>
          ) : null}
        </p>
        <Button
          variant="secondary"
          size="small"
          icon="arrow-forward"
          onClick={() => onMonthChange(shiftMonth(month, 1))}
        >
          {t('events.calendar.next')}
        </Button>
      </div>
      <p className="kern-body kern-body--small kern-body--muted" id="events-calendar-hint">
        {t('events.calendar.hint')}
      </p>
      {events.isError ? (
        <QueryError error={events.error} onRetry={() => events.refetch()} />
      ) : events.isPending ? (
        <Spinner />
      ) : (
        <>
          {events.data.nextCursor ? (
            <p className="kern-body" role="status">
              {t('events.calendar.tooMany', { count: monthPageSize })}
            </p>
          ) : null}
          <div className="kern-table-responsive">
            <table className="kern-table app-calendar" aria-describedby="events-calendar-hint">
              <caption className="kern-sr-only">
                {t('events.calendar.caption', { month: monthName })}
              </caption>
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  {weekdays.map((weekday) => (
                    <th key={weekday.long} scope="col" className="kern-table__header">
                      <span aria-hidden="true">{weekday.short}</span>
                      <span className="kern-sr-only">{weekday.long}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {monthWeeks(month).map((week) => (
                  <tr key={week[6]?.key} className="kern-table__row">
                    {week.map(({ key, day }) => {
                      if (!day) {
                        return <td key={key} className="kern-table__cell app-calendar__pad" />;
                      }
                      const dayEvents = byDay.get(day) ?? [];
                      const isToday = day === today;
                      return (
                        <td
                          key={day}
                          className="kern-table__cell app-calendar__day"
                          data-today={isToday ? '' : undefined}
                        >
                          <span className="app-calendar__date">
                            <span aria-hidden="true">{Number(day.slice(8))}</span>
                            <span className="kern-sr-only">
                              {formatDate(`${day}T12:00:00Z`)}
                              {isToday ? ` (${t('events.calendar.today')})` : null}
                            </span>
                          </span>
                          {dayEvents.length > 0 ? (
                            <ul className="app-calendar__events">
                              {dayEvents.map((event) => (
                                <CalendarEntry key={event.id} event={event} />
                              ))}
                            </ul>
                          ) : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
