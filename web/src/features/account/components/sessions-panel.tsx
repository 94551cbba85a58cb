import type { AccountSession } from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button, ButtonGroup } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { type Column, DataTable } from '../../../components/ui/table';
import { useErrorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useEndOtherSessions } from '../api/end-other-sessions';
import { useEndAccountSession } from '../api/end-session';
import { useSessions } from '../api/get-sessions';
import { SuccessNotice } from './success-notice';

/** Where the user is signed in, with a way to end every session but this one. */
export function SessionsPanel() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const sessions = useSessions();
  const endSession = useEndAccountSession();
  const endOthers = useEndOtherSessions();
  const [notice, setNotice] = useState<{ id: number; title: string } | null>(null);

  if (sessions.isPending) return <Spinner label={t('account.sessions.loading')} />;
  if (sessions.isError) {
    return <QueryError error={sessions.error} onRetry={() => sessions.refetch()} />;
  }

  const items = sessions.data.items;
  const hasOthers = items.some((session) => !session.current);
  const device = (session: AccountSession) =>
    t('account.sessions.device', {
      browser: t(`account.sessions.browsers.${session.browser}`),
      operatingSystem: t(`account.sessions.operatingSystems.${session.operatingSystem}`),
    });
  const confirm = (title: string) => setNotice((n) => ({ id: (n?.id ?? 0) + 1, title }));
  const failure = endSession.error ?? endOthers.error;

  const columns: Column<AccountSession>[] = [
    {
      key: 'device',
      header: t('account.sessions.columns.device'),
      rowHeader: true,
      cell: (session) => (
        <span className="kern-stack-xs">
          <span>{device(session)}</span>
          {session.current ? <Badge variant="info">{t('account.sessions.current')}</Badge> : null}
        </span>
      ),
    },
    {
      key: 'ipAddress',
      header: t('account.sessions.columns.ipAddress'),
      cell: (session) => session.ipAddress ?? t('account.sessions.unknownAddress'),
    },
    {
      key: 'createdAt',
      header: t('account.sessions.columns.createdAt'),
      cell: (session) => (
        <time dateTime={session.createdAt}>{formatDateTime(session.createdAt)}</time>
      ),
    },
    {
      key: 'lastActiveAt',
      header: t('account.sessions.columns.lastActiveAt'),
      cell: (session) => (
        <time dateTime={session.lastActiveAt}>{formatDateTime(session.lastActiveAt)}</time>
      ),
    },
    {
      key: 'action',
      header: <span className="kern-sr-only">{t('account.sessions.columns.action')}</span>,
      action: true,
      cell: (session) =>
        session.current ? null : (
          <Button
            variant="secondary"
            size="small"
            icon="logout"
            disabled={endSession.isPending}
            aria-label={t('account.sessions.endOneLabel', { device: device(session) })}
            onClick={() =>
              endSession.mutate(session.id, {
                onSuccess: () =>
                  confirm(t('account.sessions.endedOne', { device: device(session) })),
              })
            }
          >
            {t('account.sessions.endOne')}
          </Button>
        ),
    },
  ];

  return (
    <div className="kern-stack">
      {notice ? <SuccessNotice key={notice.id} title={notice.title} /> : null}
      {failure ? <Alert variant="danger" role="alert" title={errorMessage(failure)} /> : null}
      <DataTable
        caption={t('account.sessions.caption')}
        captionHidden
        columns={columns}
        rows={items}
        rowKey={(session) => session.id}
      />
      {hasOthers ? (
        <ButtonGroup>
          <Button
            variant="secondary"
            icon="logout"
            disabled={endOthers.isPending}
            onClick={() =>
              endOthers.mutate(undefined, {
                onSuccess: () => confirm(t('account.sessions.endedOthers')),
              })
            }
          >
            {t('account.sessions.endOthers')}
          </Button>
        </ButtonGroup>
      ) : (
        <EmptyState title={t('account.sessions.onlyThisTitle')}>
          {t('account.sessions.onlyThisText')}
        </EmptyState>
      )}
    </div>
  );
}
