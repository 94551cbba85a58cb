import { checkInOpensAt, isCheckInOpen } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { TextLink } from '../../../components/ui/text-link';
import { useClock } from '../../../lib/clock';
import { formatDate } from '../../../lib/format';
import { eventFileLinks } from '../api/file-links';
import { useEvent } from '../api/get-event';
import { EventBadges } from '../components/event-badges';
import { EventSchedule } from '../components/event-schedule';
import { MessageParticipantsForm } from '../components/message-participants-form';
import { ParticipantsList } from '../components/participants-list';
import { useEventText } from '../utils/use-event-text';

/** The organiser's participant list: check-in at the door, CSV export, a message to everyone. */
export function ParticipantsPage({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const clock = useClock();
  const event = useEvent(eventId);
  const text = useEventText(
    event.data ?? { title: '', titleEn: null, description: '', descriptionEn: null },
  );
  if (event.isPending) return <Spinner />;
  if (event.isError) return <QueryError error={event.error} onRetry={() => event.refetch()} />;
  const current = event.data;
  const canCheckIn = isCheckInOpen(current, clock.now());
  const isCheckInAhead = current.status === 'published' && !canCheckIn;

  return (
    <div className="kern-stack-lg">
      <TextLink to={`/events/${current.id}`}>{t('events.participants.backToEvent')}</TextLink>
      <PageHeading
        title={t('events.participants.title')}
        documentTitle={`${t('events.participants.title')}: ${text.title}`}
        preline={text.title}
      >
        <EventSchedule startsAt={current.startsAt} endsAt={current.endsAt} />
      </PageHeading>
      <EventBadges event={current} />
      <div className="kern-stack-sm">
        <div>
          <a
            className="kern-btn kern-btn--secondary"
            href={eventFileLinks.participantsCsv(current.id)}
            download
            aria-describedby="participants-export-hint"
          >
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            <span className="kern-label">{t('events.participants.exportCsv')}</span>
          </a>
        </div>
        <p className="kern-body kern-body--small kern-body--muted" id="participants-export-hint">
          {t('events.participants.exportHint')}
        </p>
      </div>
      {isCheckInAhead ? (
        <p className="kern-body">
          {t('events.participants.checkInOpens', {
            date: formatDate(checkInOpensAt(current)),
          })}
        </p>
      ) : null}
      <ParticipantsList eventId={current.id} canCheckIn={canCheckIn} />
      {current.status === 'published' ? <MessageParticipantsForm eventId={current.id} /> : null}
    </div>
  );
}
