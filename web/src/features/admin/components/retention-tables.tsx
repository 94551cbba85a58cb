import { caseStatusLabels, type RetentionDueCase, type RetentionDueHire } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { type Column, DataTable } from '../../../components/ui/table';
import { TextLink } from '../../../components/ui/text-link';
import { formatDate } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';

function DateCell({ value }: { value: string }) {
  return <time dateTime={value}>{formatDate(value)}</time>;
}

/** "The first 200 of 345": the preview is capped, the total is not. */
function CappedNote({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation();
  if (shown >= total) return null;
  return <p className="kern-body">{t('admin.retention.capped', { shown, count: total })}</p>;
}

export function RetentionCasesTable({
  items,
  total,
  windowDays,
}: {
  items: RetentionDueCase[];
  total: number;
  windowDays: number;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (items.length === 0) {
    return (
      <EmptyState title={t('admin.retention.cases.emptyTitle', { count: windowDays })}>
        {t('admin.retention.cases.emptyText')}
      </EmptyState>
    );
  }
  const columns: Column<RetentionDueCase>[] = [
    {
      key: 'reference',
      header: t('admin.retention.cases.reference'),
      rowHeader: true,
      cell: (row) => <TextLink to={`/cases/${row.id}`}>{row.reference}</TextLink>,
    },
    {
      key: 'stage',
      header: t('admin.retention.cases.stage'),
      cell: (row) => caseStatusLabels[row.status][locale],
    },
    {
      key: 'closedAt',
      header: t('admin.retention.cases.closedAt'),
      cell: (row) => <DateCell value={row.closedAt} />,
    },
    {
      key: 'deletionDate',
      header: t('admin.retention.deletionDate'),
      cell: (row) => <DateCell value={row.deletionDate} />,
    },
  ];
  return (
    <div className="kern-stack-sm">
      <DataTable
        caption={t('admin.retention.cases.caption', { count: total })}
        columns={columns}
        rows={items}
        rowKey={(row) => row.id}
      />
      <CappedNote shown={items.length} total={total} />
    </div>
  );
}

export function RetentionHiresTable({
  items,
  total,
  windowDays,
}: {
  items: RetentionDueHire[];
  total: number;
  windowDays: number;
}) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return (
      <EmptyState title={t('admin.retention.hires.emptyTitle', { count: windowDays })}>
        {t('admin.retention.hires.emptyText')}
      </EmptyState>
    );
  }
  const columns: Column<RetentionDueHire>[] = [
    {
      key: 'name',
      header: t('admin.retention.hires.name'),
      rowHeader: true,
      cell: (row) => row.name,
    },
    {
      key: 'organization',
      header: t('admin.retention.hires.organization'),
      cell: (row) => row.organizationName,
    },
    {
      key: 'since',
      header: t('admin.retention.hires.since'),
      cell: (row) => (
        <>
          <DateCell value={row.since} />{' '}
          {row.archivedAt ? t('admin.retention.hires.archived') : t('admin.retention.hires.closed')}
        </>
      ),
    },
    {
      key: 'deletionDate',
      header: t('admin.retention.deletionDate'),
      cell: (row) => <DateCell value={row.deletionDate} />,
    },
  ];
  return (
    <div className="kern-stack-sm">
      <DataTable
        caption={t('admin.retention.hires.caption', { count: total })}
        columns={columns}
        rows={items}
        rowKey={(row) => row.id}
      />
      <CappedNote shown={items.length} total={total} />
    </div>
  );
}
