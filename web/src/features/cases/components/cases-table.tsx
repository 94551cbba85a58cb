import type { CaseListItem } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { type Column, DataTable } from '../../../components/ui/table';
import { TextLink } from '../../../components/ui/text-link';
import { formatDate } from '../../../lib/format';
import { useCases } from '../api/get-cases';
import type { CaseFilters } from '../api/keys';
import { CaseDeadline } from './case-deadline';
import { useStageLabel } from './case-stage';

type CasesTableProps = {
  filters: CaseFilters;
  isCity: boolean;
  showCompany: boolean;
  isFiltered: boolean;
};

export function CasesTable({ filters, isCity, showCompany, isFiltered }: CasesTableProps) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const cases = useCases(filters);

  if (cases.isPending) return <Spinner />;
  if (cases.isError) return <QueryError error={cases.error} onRetry={() => cases.refetch()} />;

  const rows = cases.data.pages.flatMap((page) => page.items);
  if (rows.length === 0) {
    return (
      <EmptyState title={isFiltered ? t('cases.list.emptyFiltered') : t('cases.list.empty')}>
        {isFiltered ? null : t('cases.list.emptyText')}
      </EmptyState>
    );
  }

  const columns: Column<CaseListItem>[] = [
    {
      key: 'reference',
      header: t('cases.fields.reference'),
      rowHeader: true,
      cell: (item) => <TextLink to={`/cases/${item.id}`}>{item.reference}</TextLink>,
    },
    { key: 'hire', header: t('cases.fields.hire'), cell: (item) => item.hireName },
    ...(showCompany
      ? [
          {
            key: 'company',
            header: t('cases.fields.company'),
            cell: (item: CaseListItem) => item.organizationName,
          },
        ]
      : []),
    { key: 'stage', header: t('cases.fields.stage'), cell: (item) => stageLabel(item.status) },
    {
      key: 'submitted',
      header: t('cases.fields.submittedAt'),
      cell: (item) => <time dateTime={item.submittedAt}>{formatDate(item.submittedAt)}</time>,
    },
    {
      key: 'due',
      header: t('cases.fields.dueAt'),
      cell: (item) =>
        item.closedAt ? t('cases.closed') : <CaseDeadline deadline={item.deadline} />,
    },
    ...(isCity
      ? [
          {
            key: 'assignee',
            header: t('cases.fields.assignee'),
            cell: (item: CaseListItem) => item.assignee?.name ?? t('cases.unassigned'),
          },
        ]
      : []),
  ];

  return (
    <>
      <DataTable
        caption={t('cases.list.caption')}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(item) => item.id}
      />
      <LoadMore
        shown={rows.length}
        hasMore={cases.hasNextPage}
        isLoading={cases.isFetchingNextPage}
        onLoadMore={() => cases.fetchNextPage()}
      />
    </>
  );
}
