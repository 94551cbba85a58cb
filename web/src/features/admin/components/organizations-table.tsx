import {
  type Organization,
  type OrganizationType,
  organizationTypes,
  type VerificationStatus,
  verificationStatuses,
} from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryError } from '../../../components/ui/query-error';
import { FilterSelect } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { type Column, DataTable } from '../../../components/ui/table';
import { TextLink } from '../../../components/ui/text-link';
import { VerificationBadge } from '../../../components/ui/verification-badge';
import { formatDate } from '../../../lib/format';
import { useAdminOrganizations } from '../api/get-organizations';
import type { OrganizationFilters } from '../api/keys';

type OrganizationsTableProps = {
  filters: OrganizationFilters;
  onFiltersChange: (filters: OrganizationFilters) => void;
};

function isOrganizationType(value: string): value is OrganizationType {
  return (organizationTypes as readonly string[]).includes(value);
}

function isVerificationStatus(value: string): value is VerificationStatus {
  return (verificationStatuses as readonly string[]).includes(value);
}

/** Every organisation in the portal, filterable by type and verification status. */
export function OrganizationsTable({ filters, onFiltersChange }: OrganizationsTableProps) {
  const { t } = useTranslation();
  const organizations = useAdminOrganizations(filters);

  const columns: Column<Organization>[] = [
    { key: 'name', header: t('fields.organizationName'), rowHeader: true, cell: (o) => o.name },
    {
      key: 'type',
      header: t('fields.organizationType'),
      cell: (o) => t(`organizationTypes.${o.type}`),
    },
    {
      key: 'status',
      header: t('fields.status'),
      cell: (o) => <VerificationBadge status={o.verificationStatus} />,
    },
    {
      key: 'city',
      header: t('fields.city'),
      cell: (o) => (o.address ? `${o.address.postalCode} ${o.address.city}` : '–'),
    },
    {
      key: 'created',
      header: t('fields.createdOn'),
      cell: (o) => <time dateTime={o.createdAt}>{formatDate(o.createdAt)}</time>,
    },
    {
      key: 'users',
      header: t('common.actions'),
      action: true,
      cell: (o) => (
        <TextLink to={`/admin/users?organizationId=${encodeURIComponent(o.id)}`}>
          {t('admin.organizations.showUsers')}
          <span className="kern-sr-only">: {o.name}</span>
        </TextLink>
      ),
    },
  ];

  const rows = organizations.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="kern-stack">
      <div className="app-filters">
        <FilterSelect
          id="organizations-filter-type"
          label={t('admin.organizations.filterType')}
          value={filters.type ?? ''}
          options={[
            { value: '', label: t('admin.organizations.allTypes') },
            ...organizationTypes.map((type) => ({
              value: type,
              label: t(`organizationTypes.${type}`),
            })),
          ]}
          onChange={(value) =>
            onFiltersChange({ ...filters, type: isOrganizationType(value) ? value : undefined })
          }
        />
        <FilterSelect
          id="organizations-filter-status"
          label={t('admin.organizations.filterStatus')}
          value={filters.verificationStatus ?? ''}
          options={[
            { value: '', label: t('admin.organizations.allStatuses') },
            ...verificationStatuses.map((status) => ({
              value: status,
              label: t(`verificationStatus.${status}`),
            })),
          ]}
          onChange={(value) =>
            onFiltersChange({
              ...filters,
              verificationStatus: isVerificationStatus(value) ? value : undefined,
            })
          }
        />
      </div>
      {organizations.isPending ? <Spinner /> : null}
      {organizations.isError ? (
        <QueryError error={organizations.error} onRetry={() => organizations.refetch()} />
      ) : null}
      {organizations.isSuccess && rows.length === 0 ? (
        <EmptyState title={t('admin.organizations.empty')} />
      ) : null}
      {rows.length > 0 ? (
        <>
          <DataTable
            caption={t('admin.organizations.caption')}
            captionHidden
            columns={columns}
            rows={rows}
            rowKey={(o) => o.id}
          />
          <LoadMore
            shown={rows.length}
            hasMore={organizations.hasNextPage}
            isLoading={organizations.isFetchingNextPage}
            onLoadMore={() => organizations.fetchNextPage()}
          />
        </>
      ) : null}
    </div>
  );
}
