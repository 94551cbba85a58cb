import type { Event, RegisterAttendeesResponse } from '@itc/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { TextLink } from '../../../components/ui/text-link';
import { useClock } from '../../../lib/clock';
import { useEvent } from '../api/get-event';
import { EventBadges } from '../components/event-badges';
import { EventDetails } from '../components/event-details';
import { OrganizerActions } from '../components/organizer-actions';
import { OwnRegistrations } from '../components/own-registrations';
import { RegisterForm } from '../components/register-form';
import { RegistrationResult } from '../components/registration-result';
import { useEventText } from '../utils/use-event-text';

type EventPageProps = {
  eventId: string;
  currentUser: { name: string; email: string };
};

/** Why nobody can register, for published events past the deadline, cancelled ones and drafts. */
function RegistrationClosed({ event }: { event: Event }) {
  const { t } = useTranslation();
  const reason =
    event.status === 'cancelled'
      ? t('events.register.cancelled')
      : event.status === 'draft'
        ? t('events.register.draft')
        : t('events.register.closed');
  return (
    <Alert variant="warning" title={t('events.register.closedTitle')}>
      <p className="kern-body">{reason}</p>
    </Alert>
  );
}

function EventView({
  event,
  currentUser,
}: {
  event: Event;
  currentUser: EventPageProps['currentUser'];
}) {
  const { t } = useTranslation();
  const clock = useClock();
  const location = useLocation();
  const { title, description, descriptionLang } = useEventText(event);
  const [result, setResult] = useState<RegisterAttendeesResponse | null>(null);
  const [notice, setNotice] = useState<string | null>(
    (location.state as { notice?: string } | null)?.notice ?? null,
  );
  const resultRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const { isOrganizer } = event.viewer;

  return (
    <div className="kern-stack-lg">
      <TextLink to="/events">{t('events.detail.backToList')}</TextLink>
      <PageHeading
        title={title}
        preline={t('events.detail.preline', { organizer: event.organizer.name })}
      />
      <EventBadges event={event} />
      <div role="status" className="app-live-region">
        {notice ? <Alert ref={noticeRef} tabIndex={-1} variant="success" title={notice} /> : null}
      </div>
      {event.status === 'cancelled' ? (
        <Alert variant="danger" title={t('events.detail.cancelledTitle')} headingLevel={2}>
          {event.cancellationReason ? (
            <p className="kern-body">
              {t('events.detail.cancelledReason', { reason: event.cancellationReason })}
            </p>
          ) : null}
        </Alert>
      ) : null}
      {event.status === 'draft' ? (
        <Alert variant="info" title={t('events.detail.draftTitle')} headingLevel={2}>
          <p className="kern-body">{t('events.detail.draftText')}</p>
        </Alert>
      ) : null}
      {isOrganizer ? (
        <OrganizerActions
          event={event}
          title={title}
          onDone={(message) => {
            setNotice(message);
            setTimeout(() => noticeRef.current?.focus(), 0);
          }}
        />
      ) : null}
      <div className="app-event-detail">
        <section className="kern-stack" aria-labelledby="event-details-heading">
          <h2 className="kern-heading-medium" id="event-details-heading">
            {t('events.detail.detailsHeading')}
          </h2>
          <EventDetails event={event} />
        </section>
        <section className="kern-stack" aria-labelledby="event-description-heading">
          <h2 className="kern-heading-medium" id="event-description-heading">
            {t('events.detail.descriptionHeading')}
          </h2>
          <div className="app-prose kern-body" lang={descriptionLang}>
            {description.split(/\n{2,}/).map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
        </section>
      </div>
      {isOrganizer ? null : (
        <>
          <section className="kern-stack app-narrow" aria-labelledby="event-register-heading">
            <h2 className="kern-heading-medium" id="event-register-heading">
              {t('events.register.heading')}
            </h2>
            {/* Announced when it appears; focus moves there too. */}
            <div aria-live="polite" className="app-live-region">
              {result ? <RegistrationResult ref={resultRef} result={result} /> : null}
            </div>
            {event.viewer.canRegister ? (
              <>
                <p className="kern-body">{t('events.register.intro')}</p>
                <RegisterForm
                  eventId={event.id}
                  currentUser={currentUser}
                  onRegistered={(registered) => {
                    setResult(registered);
                    setTimeout(() => resultRef.current?.focus(), 0);
                  }}
                />
              </>
            ) : (
              <RegistrationClosed event={event} />
            )}
          </section>
          <OwnRegistrations
            eventId={event.id}
            hasConfirmed={event.viewer.confirmed > 0}
            canCancel={event.status === 'published' && clock.now() < new Date(event.startsAt)}
          />
        </>
      )}
    </div>
  );
}

/** An event's page: details for everyone, registration for participants, management for organisers. */
export function EventPage({ eventId, currentUser }: EventPageProps) {
  const event = useEvent(eventId);
  if (event.isPending) return <Spinner />;
  if (event.isError) return <QueryError error={event.error} onRetry={() => event.refetch()} />;
  return <EventView event={event.data} currentUser={currentUser} />;
}
