import { eventFormatSchema, eventLanguageSchema, eventTopicSchema } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button, ButtonLink } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { useToday } from '../../../lib/clock';
import type { EventFilters as Filters } from '../api/keys';
import { EventCalendar } from '../components/event-calendar';
import { EventFilters, type EventFilterValues } from '../components/event-filters';
import { EventList } from '../components/event-list';
import { berlinDayStart, isDay, isMonth, nextDay } from '../utils/event-time';

type EventsPageProps = {
  /** IHK, Jobcenter and city staff create events and see their own in every status. */
  isOrganizer: boolean;
};

function readFilterValues(params: URLSearchParams): EventFilterValues {
  const fromDay = params.get('from');
  const toDay = params.get('to');
  return {
    topic: eventTopicSchema.safeParse(params.get('topic')).data ?? '',
    format: eventFormatSchema.safeParse(params.get('format')).data ?? '',
    language: eventLanguageSchema.safeParse(params.get('language')).data ?? '',
    fromDay: isDay(fromDay) ? fromDay : '',
    toDay: isDay(toDay) ? toDay : '',
  };
}

function toFilters(values: EventFilterValues, mine: boolean, withDays: boolean): Filters {
  return {
    topic: eventTopicSchema.safeParse(values.topic).data,
    format: eventFormatSchema.safeParse(values.format).data,
    language: eventLanguageSchema.safeParse(values.language).data,
    from: withDays && values.fromDay ? berlinDayStart(values.fromDay) : undefined,
    to: withDays && values.toDay ? berlinDayStart(nextDay(values.toDay)) : undefined,
    mine: mine || undefined,
  };
}

/**
 * Upcoming events as a list or a month; filters, tab, view and month live in the URL
 * (?topic=…&format=…&language=…&from=…&to=…&mine=1&view=calendar&month=2026-12).
 */
export function EventsPage({ isOrganizer }: EventsPageProps) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const values = readFilterValues(searchParams);
  const mine = isOrganizer && searchParams.get('mine') === '1';
  const isCalendar = searchParams.get('view') === 'calendar';
  const monthParam = searchParams.get('month');
  const today = useToday();
  const month = isMonth(monthParam) ? monthParam : today.slice(0, 7);
  const filters = toFilters(values, mine, !isCalendar);
  const isFiltered = Boolean(
    values.topic || values.format || values.language || values.fromDay || values.toDay,
  );

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearchParams(next);
  };
  const tabLink = (isMine: boolean) => {
    const next = new URLSearchParams(searchParams);
    if (isMine) next.set('mine', '1');
    else next.delete('mine');
    const query = next.toString();
    return query ? `/events?${query}` : '/events';
  };
  const headingId = 'events-list-heading';

  return (
    <div className="kern-stack-lg">
      <PageHeading title={t('events.list.title')}>
        {isOrganizer ? t('events.list.introOrganizer') : t('events.list.intro')}
      </PageHeading>
      {isOrganizer ? (
        <div>
          <ButtonLink to="/events/new" icon="add">
            {t('events.list.create')}
          </ButtonLink>
        </div>
      ) : null}
      {isOrganizer ? (
        <nav aria-label={t('events.list.tabsLabel')} className="app-tabs">
          <ul className="app-tabs__list">
            <li>
              <Link
                className="app-tabs__tab"
                to={tabLink(false)}
                aria-current={mine ? undefined : 'page'}
              >
                {t('events.list.tabAll')}
              </Link>
            </li>
            <li>
              <Link
                className="app-tabs__tab"
                to={tabLink(true)}
                aria-current={mine ? 'page' : undefined}
              >
                {t('events.list.tabMine')}
              </Link>
            </li>
          </ul>
        </nav>
      ) : null}
      <section className="kern-stack" aria-labelledby={headingId}>
        <div className="app-events-toolbar">
          <h2 className="kern-heading-medium" id={headingId}>
            {mine ? t('events.list.captionMine') : t('events.list.caption')}
          </h2>
          {/* biome-ignore lint/a11y/useSemanticElements: a labelled group of toggle buttons */}
          <div className="app-view-switch" role="group" aria-label={t('events.list.viewLabel')}>
            <Button
              variant={isCalendar ? 'secondary' : 'primary'}
              size="small"
              aria-pressed={!isCalendar}
              onClick={() => update({ view: null, month: null })}
            >
              {t('events.list.viewList')}
            </Button>
            <Button
              variant={isCalendar ? 'primary' : 'secondary'}
              size="small"
              icon="calendar-today"
              aria-pressed={isCalendar}
              onClick={() => update({ view: 'calendar' })}
            >
              {t('events.list.viewCalendar')}
            </Button>
          </div>
        </div>
        <EventFilters
          values={values}
          showDays={!isCalendar}
          onChange={(next) =>
            update({
              topic: next.topic,
              format: next.format,
              language: next.language,
              from: next.fromDay,
              to: next.toDay,
            })
          }
        />
        {isCalendar ? (
          <EventCalendar
            month={month}
            filters={filters}
            onMonthChange={(next) => update({ month: next })}
          />
        ) : (
          <EventList filters={filters} isFiltered={isFiltered} headingId={headingId} />
        )}
      </section>
    </div>
  );
}
