import type { EventRegistration } from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Badge, type BadgeVariant } from '../../../components/ui/badge';
import { Button, ButtonGroup } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { type Column, DataTable } from '../../../components/ui/table';
import { useErrorMessage } from '../../../lib/errors';
import { useCancelRegistration } from '../api/cancel-registration';
import { eventFileLinks } from '../api/file-links';
import { useOwnRegistrations } from '../api/get-own-registrations';
import { useCodeLabels } from '../utils/use-code-labels';

const statusVariants = {
  confirmed: 'success',
  waitlisted: 'info',
  cancelled: 'neutral',
} as const satisfies Record<EventRegistration['status'], BadgeVariant>;

export function RegistrationStatusBadge({
  registration,
}: {
  registration: Pick<EventRegistration, 'status' | 'waitlistPosition'>;
}) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const text =
    registration.status === 'waitlisted' && registration.waitlistPosition !== null
      ? t('events.mine.waitlistPosition', { position: registration.waitlistPosition })
      : labels.registrationStatus(registration.status);
  return <Badge variant={statusVariants[registration.status]}>{text}</Badge>;
}

function CancelRegistrationDialog({
  registration,
  onClose,
  onCancelled,
}: {
  registration: EventRegistration;
  onClose: () => void;
  onCancelled: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const cancel = useCancelRegistration();
  return (
    <Dialog
      title={t('events.mine.cancelDialogTitle', { name: registration.name })}
      onClose={onClose}
      describedBy="cancel-registration-text"
      footer={
        <ButtonGroup>
          <Button
            icon="check"
            disabled={cancel.isPending}
            onClick={() =>
              cancel.mutate(
                { eventId: registration.eventId, registrationId: registration.id },
                { onSuccess: onCancelled },
              )
            }
          >
            {cancel.isPending ? t('events.mine.cancelling') : t('events.mine.cancelConfirm')}
          </Button>
          <Button variant="secondary" onClick={onClose} data-autofocus="">
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      }
    >
      <p className="kern-body" id="cancel-registration-text">
        {t('events.mine.cancelDialogText')}
      </p>
      {cancel.isError ? (
        <Alert variant="danger" role="alert" title={t('events.detail.actionFailed')}>
          <p className="kern-body">{errorMessage(cancel.error)}</p>
        </Alert>
      ) : null}
    </Dialog>
  );
}

type OwnRegistrationsProps = {
  eventId: string;
  /** The calendar entry is for organisations with a confirmed seat. */
  hasConfirmed: boolean;
  canCancel: boolean;
};

/** "Meine Anmeldungen": everyone the organisation registered, each can be cancelled. */
export function OwnRegistrations({ eventId, hasConfirmed, canCancel }: OwnRegistrationsProps) {
  const { t } = useTranslation();
  const registrations = useOwnRegistrations(eventId);
  const [cancelling, setCancelling] = useState<EventRegistration | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (registrations.isPending) return <Spinner />;
  if (registrations.isError) {
    return <QueryError error={registrations.error} onRetry={() => registrations.refetch()} />;
  }
  const rows = registrations.data.items;
  if (rows.length === 0) return null;

  const columns: Column<EventRegistration>[] = [
    { key: 'name', header: t('events.register.name'), rowHeader: true, cell: (r) => r.name },
    { key: 'email', header: t('events.register.email'), cell: (r) => r.email },
    {
      key: 'status',
      header: t('events.fields.status'),
      cell: (r) => <RegistrationStatusBadge registration={r} />,
    },
    {
      key: 'actions',
      header: <span className="kern-sr-only">{t('common.actions')}</span>,
      action: true,
      cell: (r) =>
        r.status !== 'cancelled' && canCancel ? (
          <Button
            variant="secondary"
            size="small"
            icon="close"
            aria-label={t('events.mine.cancelLabel', { name: r.name })}
            onClick={() => {
              setNotice(null);
              setCancelling(r);
            }}
          >
            {t('events.mine.cancel')}
          </Button>
        ) : null,
    },
  ];

  return (
    <section className="kern-stack" aria-labelledby="event-mine-heading">
      <h2 className="kern-heading-medium" id="event-mine-heading">
        {t('events.mine.heading')}
      </h2>
      <div role="status" className="app-live-region">
        {notice ? (
          <Alert variant="success" title={notice} tabIndex={-1} id="event-mine-notice" />
        ) : null}
      </div>
      {hasConfirmed ? (
        <div className="kern-stack-sm">
          <div>
            <a
              className="kern-btn kern-btn--secondary"
              href={eventFileLinks.calendar(eventId)}
              download
              aria-describedby="event-ics-hint"
            >
              <span className="kern-icon kern-icon--calendar-today" aria-hidden="true" />
              <span className="kern-label">{t('events.mine.downloadIcs')}</span>
            </a>
          </div>
          <p className="kern-body kern-body--small kern-body--muted" id="event-ics-hint">
            {t('events.mine.downloadIcsHint')}
          </p>
        </div>
      ) : null}
      <DataTable
        caption={t('events.mine.caption')}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
      />
      {cancelling ? (
        <CancelRegistrationDialog
          registration={cancelling}
          onClose={() => setCancelling(null)}
          onCancelled={() => {
            setNotice(t('events.mine.cancelled', { name: cancelling.name }));
            setCancelling(null);
            setTimeout(() => document.getElementById('event-mine-notice')?.focus(), 0);
          }}
        />
      ) : null}
    </section>
  );
}
