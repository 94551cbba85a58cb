import type { AuditLogEntry } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { type Column, DataTable } from '../../../components/ui/table';
import { TextLink } from '../../../components/ui/text-link';
import { formatDateTime } from '../../../lib/format';
import { useAuditLog } from '../api/get-audit-log';
import type { AuditLogFilters } from '../api/keys';
import { AuditChange } from './audit-change';

function AuditTarget({ entry }: { entry: AuditLogEntry }) {
  const { t } = useTranslation();
  const type = t(`admin.auditLog.targetTypes.${entry.targetType}`);
  if (entry.targetLabel === null) {
    return (
      <>
        {type}: <span className="kern-body--small">{t('admin.auditLog.targetGone')}</span>
      </>
    );
  }
  return (
    <>
      {type}:{' '}
      {entry.targetType === 'case' ? (
        <TextLink to={`/cases/${entry.targetId}`}>{entry.targetLabel}</TextLink>
      ) : (
        entry.targetLabel
      )}
    </>
  );
}

type AuditLogTableProps = { filters: AuditLogFilters; isFiltered: boolean };

export function AuditLogTable({ filters, isFiltered }: AuditLogTableProps) {
  const { t } = useTranslation();
  const log = useAuditLog(filters);

  if (log.isPending) return <Spinner />;
  if (log.isError) return <QueryError error={log.error} onRetry={() => log.refetch()} />;

  const rows = log.data.pages.flatMap((page) => page.items);
  if (rows.length === 0) {
    return isFiltered ? (
      <EmptyState title={t('admin.auditLog.emptyFiltered')}>
        {t('admin.auditLog.emptyFilteredText')}
      </EmptyState>
    ) : (
      <EmptyState title={t('admin.auditLog.empty')}>{t('admin.auditLog.emptyText')}</EmptyState>
    );
  }

  const columns: Column<AuditLogEntry>[] = [
    {
      key: 'time',
      header: t('admin.auditLog.time'),
      rowHeader: true,
      cell: (entry) => (
        <time className="app-time" dateTime={entry.createdAt}>
          {formatDateTime(entry.createdAt)}
        </time>
      ),
    },
    {
      key: 'actor',
      header: t('admin.auditLog.actor'),
      cell: (entry) =>
        entry.actor ? (
          <>
            {entry.actor.name}
            <br />
            <span className="kern-body--small">{entry.actor.email}</span>
          </>
        ) : (
          t('admin.auditLog.system')
        ),
    },
    {
      key: 'organization',
      header: t('admin.auditLog.organization'),
      cell: (entry) => (
        <>
          {entry.actingOrganization?.name ?? '–'}
          {entry.onBehalfOfOrganization ? (
            <>
              <br />
              <span className="kern-body--small">
                {t('admin.auditLog.onBehalfOf', { name: entry.onBehalfOfOrganization.name })}
              </span>
            </>
          ) : null}
        </>
      ),
    },
    {
      key: 'action',
      header: t('admin.auditLog.action'),
      cell: (entry) => t(`admin.auditLog.actions.${entry.action}`),
    },
    {
      key: 'target',
      header: t('admin.auditLog.target'),
      cell: (entry) => <AuditTarget entry={entry} />,
    },
    {
      key: 'reason',
      header: t('admin.auditLog.reason'),
      cell: (entry) => entry.reason ?? '–',
    },
    {
      key: 'changes',
      header: t('admin.auditLog.changes'),
      cell: (entry) => <AuditChange entry={entry} />,
    },
  ];

  return (
    <>
      <DataTable
        caption={t('admin.auditLog.caption')}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(entry) => String(entry.id)}
      />
      <LoadMore
        shown={rows.length}
        hasMore={log.hasNextPage}
        isLoading={log.isFetchingNextPage}
        onLoadMore={() => log.fetchNextPage()}
      />
    </>
  );
}
