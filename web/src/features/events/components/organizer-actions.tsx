import { type Event, hasEventStarted } from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonGroup, ButtonLink } from '../../../components/ui/button';
import { useClock } from '../../../lib/clock';
import { useErrorMessage } from '../../../lib/errors';
import { usePublishEvent } from '../api/publish-event';
import { CancelEventDialog } from './cancel-event-dialog';

type OrganizerActionsProps = {
  event: Event;
  title: string;
  /** Told what happened, so the page can show it and move the focus there. */
  onDone: (message: string) => void;
};

/** Publish, edit, cancel and the participant list, for the organising organisation. */
export function OrganizerActions({ event, title, onDone }: OrganizerActionsProps) {
  const { t } = useTranslation();
  const clock = useClock();
  const errorMessage = useErrorMessage();
  const publish = usePublishEvent();
  const [isCancelling, setCancelling] = useState(false);
  const isChangeable = event.status !== 'cancelled' && !hasEventStarted(event, clock.now());

  return (
    <section className="kern-stack" aria-labelledby="event-organizer-heading">
      <h2 className="kern-heading-medium" id="event-organizer-heading">
        {t('events.detail.organizerHeading')}
      </h2>
      {publish.isError ? (
        <Alert variant="danger" role="alert" title={t('events.detail.actionFailed')}>
          <p className="kern-body">{errorMessage(publish.error)}</p>
        </Alert>
      ) : null}
      <ButtonGroup>
        {event.status === 'draft' && isChangeable ? (
          <Button
            icon="check"
            disabled={publish.isPending}
            onClick={() =>
              publish.mutate(event.id, { onSuccess: () => onDone(t('events.detail.published')) })
            }
          >
            {publish.isPending ? t('events.detail.publishing') : t('events.detail.publish')}
          </Button>
        ) : null}
        {isChangeable ? (
          <ButtonLink to={`/events/${event.id}/edit`} variant="secondary" icon="edit">
            {t('events.detail.edit')}
          </ButtonLink>
        ) : null}
        {event.status !== 'draft' ? (
          <ButtonLink to={`/events/${event.id}/participants`} variant="secondary" icon="checklist">
            {t('events.detail.participants')}
          </ButtonLink>
        ) : null}
        {isChangeable ? (
          <Button variant="tertiary" icon="close" onClick={() => setCancelling(true)}>
            {t('events.detail.cancel')}
          </Button>
        ) : null}
      </ButtonGroup>
      {isCancelling ? (
        <CancelEventDialog
          event={event}
          title={title}
          onClose={() => setCancelling(false)}
          onCancelled={() => {
            setCancelling(false);
            onDone(t('events.cancelDialog.done'));
          }}
        />
      ) : null}
    </section>
  );
}
