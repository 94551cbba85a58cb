import type { HireListItem } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { type Column, DataTable } from '../../../components/ui/table';
import { TextLink } from '../../../components/ui/text-link';
import { formatDate } from '../../../lib/format';
import { useCountryName } from '../../../lib/use-country-options';
import { useHires } from '../api/get-hires';
import type { HireFilters } from '../api/keys';
import { HireStatusBadge } from './hire-status-badge';

type HiresTableProps = {
  filters: HireFilters;
  /** Partners and city staff see hires of several employers. */
  showEmployer: boolean;
  isFiltered: boolean;
};

export function HiresTable({ filters, showEmployer, isFiltered }: HiresTableProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const hires = useHires(filters);

  if (hires.isPending) return <Spinner />;
  if (hires.isError) return <QueryError error={hires.error} onRetry={() => hires.refetch()} />;

  const rows = hires.data.pages.flatMap((page) => page.items);
  if (rows.length === 0) {
    return (
      <EmptyState title={isFiltered ? t('hires.list.emptyFiltered') : t('hires.list.emptyTitle')}>
        {isFiltered ? null : t('hires.list.emptyText')}
      </EmptyState>
    );
  }

  const columns: Column<HireListItem>[] = [
    {
      key: 'name',
      header: t('hires.fields.name'),
      rowHeader: true,
      cell: (hire) => (
        <TextLink to={`/hires/${hire.id}`}>
          {hire.familyName}, {hire.givenNames}
        </TextLink>
      ),
    },
    ...(showEmployer
      ? [
          {
            key: 'employer',
            header: t('hires.fields.employer'),
            cell: (hire: HireListItem) => hire.organizationName,
          },
        ]
      : []),
    {
      key: 'dateOfBirth',
      header: t('hires.fields.dateOfBirth'),
      cell: (hire) => <time dateTime={hire.dateOfBirth}>{formatDate(hire.dateOfBirth)}</time>,
    },
    {
      key: 'nationality',
      header: t('hires.fields.nationality'),
      cell: (hire) => countryName(hire.nationality),
    },
    {
      key: 'germanLevel',
      header: t('hires.fields.germanLevelShort'),
      cell: (hire) => t(`qualification.germanLevelsShort.${hire.germanLevel}`),
    },
    {
      key: 'status',
      header: t('fields.status'),
      cell: (hire) => <HireStatusBadge status={hire.status} />,
    },
    {
      key: 'created',
      header: t('fields.createdOn'),
      cell: (hire) => <time dateTime={hire.createdAt}>{formatDate(hire.createdAt)}</time>,
    },
  ];

  return (
    <>
      <DataTable
        caption={t('hires.list.caption')}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(hire) => hire.id}
      />
      <LoadMore
        shown={rows.length}
        hasMore={hires.hasNextPage}
        isLoading={hires.isFetchingNextPage}
        onLoadMore={() => hires.fetchNextPage()}
      />
    </>
  );
}
