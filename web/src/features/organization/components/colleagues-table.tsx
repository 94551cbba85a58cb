import type { User } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { type Column, DataTable } from '../../../components/ui/table';
import { UserStatusBadge } from '../../../components/ui/user-status-badge';
import { formatDate } from '../../../lib/format';
import { useOrganizationUsers } from '../api/get-organization-users';

export function ColleaguesTable({
  organizationId,
  currentUserId,
}: {
  organizationId: string;
  currentUserId: string;
}) {
  const { t } = useTranslation();
  const users = useOrganizationUsers(organizationId);

  if (users.isPending) return <Spinner />;
  if (users.isError) return <QueryError error={users.error} onRetry={() => users.refetch()} />;

  const rows = users.data.pages.flatMap((page) => page.items);
  if (rows.length === 0) return <EmptyState title={t('organization.colleagues.empty')} />;

  const columns: Column<User>[] = [
    {
      key: 'name',
      header: t('fields.name'),
      rowHeader: true,
      cell: (user) =>
        user.id === currentUserId ? (
          <>
            {user.name}{' '}
            <span className="kern-body--muted">({t('organization.colleagues.you')})</span>
          </>
        ) : (
          user.name
        ),
    },
    { key: 'email', header: t('fields.email'), cell: (user) => user.email },
    { key: 'role', header: t('fields.role'), cell: (user) => t(`roles.${user.role}`) },
    { key: 'status', header: t('fields.status'), cell: (user) => <UserStatusBadge user={user} /> },
    {
      key: 'created',
      header: t('fields.addedOn'),
      cell: (user) => <time dateTime={user.createdAt}>{formatDate(user.createdAt)}</time>,
    },
  ];

  return (
    <>
      <DataTable
        caption={t('organization.colleagues.caption')}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(user) => user.id}
      />
      <LoadMore
        shown={rows.length}
        hasMore={users.hasNextPage}
        isLoading={users.isFetchingNextPage}
        onLoadMore={() => users.fetchNextPage()}
      />
    </>
  );
}
