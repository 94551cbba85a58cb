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

type RetentionListProps<T extends { id: string }> = {
  kind: 'cases' | 'hires';
  items: T[];
  total: number;
  windowDays: number;
  columns: Column<T>[];
};

/** One list of what goes soon: an empty state that says why, or the table and its cap. */
function RetentionList<T extends { id: string }>({
  kind,
  items,
  total,
  windowDays,
  columns,
}: RetentionListProps<T>) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return (
      <EmptyState title={t(`admin.retention.${kind}.emptyTitle`, { count: windowDays })}>
        {t(`admin.retention.${kind}.emptyText`)}
      </EmptyState>
    );
  }
  return (
    <div className="kern-stack-sm">
      <DataTable
        caption={t(`admin.retention.${kind}.caption`, { count: total })}
        columns={columns}
        rows={items}
        rowKey={(row) => row.id}
      />
      <CappedNote shown={items.length} total={total} />
    </div>
  );
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
    <RetentionList
      kind="cases"
      items={items}
      total={total}
      windowDays={windowDays}
      columns={columns}
    />
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
    <RetentionList
      kind="hires"
      items={items}
      total={total}
      windowDays={windowDays}
      columns={columns}
    />
  );
}
