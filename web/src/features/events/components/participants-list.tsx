import { type EventParticipant, type RegistrationStatus, registrationStatuses } from '@itc/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { type Column, DataTable } from '../../../components/ui/table';
import { useErrorMessage } from '../../../lib/errors';
import { useParticipants } from '../api/get-participants';
import { AttendanceToggle } from './attendance-toggle';
import { RegistrationStatusBadge } from './own-registrations';

/** The search is sent once typing pauses. */
function useDebounced(value: string, delay = 250): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

type ParticipantsListProps = {
  eventId: string;
  /** Attendance is recorded for published events only. */
  canCheckIn: boolean;
};

/** The check-in list: status tabs, a search that filters as you type, "Anwesend" per row. */
export function ParticipantsList({ eventId, canCheckIn }: ParticipantsListProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [status, setStatus] = useState<RegistrationStatus | undefined>(undefined);
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim()) || undefined;
  const all = useParticipants(eventId, {});
  const participants = useParticipants(eventId, { q, status });
  const [attendanceError, setAttendanceError] = useState<unknown>(null);

  if (all.isPending) return <Spinner />;
  if (all.isError) return <QueryError error={all.error} onRetry={() => all.refetch()} />;

  const everyone = all.data.items;
  const countOf = (wanted: RegistrationStatus) =>
    everyone.filter((participant) => participant.status === wanted).length;
  const presentCount = everyone.filter((participant) => participant.attended === true).length;
  const tabs: { value: RegistrationStatus | undefined; label: string; count: number }[] = [
    { value: undefined, label: t('events.participants.all'), count: everyone.length },
    ...registrationStatuses.map((value) => ({
      value,
      label: t(`events.participants.${value}`),
      count: countOf(value),
    })),
  ];

  const columns: Column<EventParticipant>[] = [
    {
      key: 'name',
      header: t('events.participants.name'),
      rowHeader: true,
      cell: (p) => (
        <>
          {p.name}
          {p.note ? (
            <span className="kern-body kern-body--small app-participant-note">{p.note}</span>
          ) : null}
        </>
      ),
    },
    { key: 'email', header: t('events.register.email'), cell: (p) => p.email },
    {
      key: 'organization',
      header: t('events.participants.organization'),
      cell: (p) => p.organization.name,
    },
    {
      key: 'status',
      header: t('events.participants.status'),
      cell: (p) => <RegistrationStatusBadge registration={p} />,
    },
    {
      key: 'checkIn',
      header: t('events.participants.checkIn'),
      action: true,
      cell: (p) =>
        p.status === 'confirmed' && canCheckIn ? (
          <AttendanceToggle eventId={eventId} participant={p} onError={setAttendanceError} />
        ) : p.attended ? (
          t('events.participants.present')
        ) : (
          <span aria-hidden="true">{t('events.participants.notCheckable')}</span>
        ),
    },
  ];

  const rows = participants.data?.items ?? [];
  return (
    <div className="kern-stack">
      <dl
        className="app-inline-meta app-participant-counts"
        aria-label={t('events.participants.counts')}
      >
        <div>
          <dt>{t('events.participants.confirmed')}</dt>
          <dd>{countOf('confirmed')}</dd>
        </div>
        <div>
          <dt>{t('events.participants.present')}</dt>
          <dd>{presentCount}</dd>
        </div>
        <div>
          <dt>{t('events.participants.waitlisted')}</dt>
          <dd>{countOf('waitlisted')}</dd>
        </div>
        <div>
          <dt>{t('events.participants.cancelled')}</dt>
          <dd>{countOf('cancelled')}</dd>
        </div>
      </dl>
      {/* biome-ignore lint/a11y/useSemanticElements: a labelled group of toggle buttons */}
      <div
        className="app-view-switch"
        role="group"
        aria-label={t('events.participants.statusFilter')}
      >
        {tabs.map((tab) => (
          <Button
            key={tab.value ?? 'all'}
            variant={status === tab.value ? 'primary' : 'secondary'}
            size="small"
            aria-pressed={status === tab.value}
            onClick={() => setStatus(tab.value)}
          >
            {`${tab.label} (${tab.count})`}
          </Button>
        ))}
      </div>
      <search className="app-search">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="participants-search">
            {t('events.participants.search')}
          </label>
          <div className="kern-hint" id="participants-search-hint">
            {t('events.participants.searchHint')}
          </div>
          <input
            id="participants-search"
            type="search"
            className="kern-form-input__input"
            aria-describedby="participants-search-hint"
            aria-controls="participants-table"
            value={query}
            maxLength={100}
            autoComplete="off"
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
      </search>
      {attendanceError ? (
        <Alert variant="danger" role="alert" title={t('events.participants.attendanceFailed')}>
          <p className="kern-body">{errorMessage(attendanceError)}</p>
        </Alert>
      ) : null}
      {participants.isError ? (
        <QueryError error={participants.error} onRetry={() => participants.refetch()} />
      ) : null}
      <p className="kern-body kern-body--small" aria-live="polite">
        {participants.data ? t('events.participants.shown', { count: rows.length }) : null}
      </p>
      <div id="participants-table">
        {participants.isPending ? (
          <Spinner />
        ) : rows.length === 0 ? (
          <EmptyState
            title={
              everyone.length === 0
                ? t('events.participants.empty')
                : t('events.participants.emptyFiltered')
            }
          />
        ) : (
          <DataTable
            caption={t('events.participants.caption')}
            captionHidden
            columns={columns}
            rows={rows}
            rowKey={(p) => p.id}
          />
        )}
      </div>
    </div>
  );
}
