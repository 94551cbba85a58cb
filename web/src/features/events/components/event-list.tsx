import type { Event } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { TextLink } from '../../../components/ui/text-link';
import { useEvents } from '../api/get-events';
import type { EventFilters } from '../api/keys';
import { useCodeLabels } from '../utils/use-code-labels';
import { useEventText } from '../utils/use-event-text';
import { EventBadges } from './event-badges';
import { EventSchedule } from './event-schedule';
import { SeatsText } from './seats-text';

function EventCard({ event }: { event: Event }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const { title, titleLang } = useEventText(event);
  const place = [event.location, event.room].filter(Boolean).join(', ');
  return (
    <li className="app-event-card kern-card kern-card--hug">
      <div className="kern-card__container kern-stack-sm">
        <h3 className="kern-heading-small">
          <TextLink to={`/events/${event.id}`} lang={titleLang}>
            {title}
          </TextLink>
        </h3>
        <p className="kern-body kern-body--bold">
          <EventSchedule startsAt={event.startsAt} endsAt={event.endsAt} />
        </p>
        <dl className="app-inline-meta">
          <div>
            <dt>{t('events.fields.format')}</dt>
            <dd>{labels.format(event.format)}</dd>
          </div>
          {place ? (
            <div>
              <dt>{t('events.list.where')}</dt>
              <dd>{place}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('events.fields.language')}</dt>
            <dd>{labels.language(event.language)}</dd>
          </div>
          <div>
            <dt>{t('events.fields.topics')}</dt>
            <dd>{event.topics.map(labels.topic).join(', ')}</dd>
          </div>
          <div>
            <dt>{t('events.list.organizer')}</dt>
            <dd>{event.organizer.name}</dd>
          </div>
          <div>
            <dt>{t('events.fields.seats')}</dt>
            <dd>
              <SeatsText seats={event.seats} />
            </dd>
          </div>
        </dl>
        <EventBadges event={event} />
      </div>
    </li>
  );
}

type EventListProps = {
  filters: EventFilters;
  isFiltered: boolean;
  headingId: string;
};

/** Upcoming events as cards, soonest first. */
export function EventList({ filters, isFiltered, headingId }: EventListProps) {
  const { t } = useTranslation();
  const events = useEvents(filters);

  if (events.isPending) return <Spinner />;
  if (events.isError) return <QueryError error={events.error} onRetry={() => events.refetch()} />;

  const items = events.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    if (isFiltered) return <EmptyState title={t('events.list.emptyFiltered')} />;
    if (filters.mine) return <EmptyState title={t('events.list.emptyMine')} />;
    return (
      <EmptyState title={t('events.list.emptyTitle')}>{t('events.list.emptyText')}</EmptyState>
    );
  }
  return (
    <>
      <ul className="app-event-list" aria-labelledby={headingId}>
        {items.map((event) => (
          <EventCard key={event.id} event={event} />
        ))}
      </ul>
      <LoadMore
        shown={items.length}
        hasMore={events.hasNextPage}
        isLoading={events.isFetchingNextPage}
        onLoadMore={() => events.fetchNextPage()}
      />
    </>
  );
}
