import { type Event, isOnline } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { DescriptionList } from '../../../components/ui/description-list';
import { ExternalLink } from '../../../components/ui/text-link';
import { formatDateTime } from '../../../lib/format';
import { useCodeLabels } from '../utils/use-code-labels';
import { EventSchedule } from './event-schedule';
import { SeatsText } from './seats-text';

function useAtTime() {
  const { t } = useTranslation();
  return (iso: string) => {
    const [date, time] = formatDateTime(iso).split(', ');
    return t('events.time.at', { date, time });
  };
}

/** When, where, in which language, for whom, how many seats, by whom. */
export function EventDetails({ event }: { event: Event }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const atTime = useAtTime();
  const place = [event.location, event.room].filter(Boolean).join(', ');
  const items = [
    {
      key: 'when',
      label: t('events.fields.when'),
      value: <EventSchedule startsAt={event.startsAt} endsAt={event.endsAt} />,
    },
    {
      key: 'deadline',
      label: t('events.fields.deadline'),
      value: (
        <time dateTime={event.registrationDeadline}>{atTime(event.registrationDeadline)}</time>
      ),
    },
    { key: 'format', label: t('events.fields.format'), value: labels.format(event.format) },
    ...(place ? [{ key: 'location', label: t('events.fields.location'), value: place }] : []),
    ...(isOnline(event.format)
      ? [
          {
            key: 'onlineUrl',
            label: t('events.fields.onlineUrl'),
            value: event.onlineUrl ? (
              <ExternalLink href={event.onlineUrl} target="_blank">
                {event.onlineUrl}
              </ExternalLink>
            ) : (
              t('events.detail.onlineUrlHidden')
            ),
          },
        ]
      : []),
    { key: 'language', label: t('events.fields.language'), value: labels.language(event.language) },
    {
      key: 'topics',
      label: t('events.fields.topics'),
      value: event.topics.map(labels.topic).join(', '),
    },
    {
      key: 'targetGroup',
      label: t('events.fields.targetGroup'),
      value: labels.targetGroup(event.targetGroup),
    },
    { key: 'seats', label: t('events.fields.seats'), value: <SeatsText seats={event.seats} /> },
    {
      key: 'seatLimit',
      label: t('events.fields.seatLimit'),
      value:
        event.seatLimitPerOrganization === null
          ? t('events.detail.noSeatLimit')
          : t('events.seats.limit', { count: event.seatLimitPerOrganization }),
    },
    { key: 'organizer', label: t('events.fields.organizer'), value: event.organizer.name },
  ];
  return <DescriptionList items={items} />;
}
