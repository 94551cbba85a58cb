import type { User } from '@itc/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { type Column, DataTable } from '../../../components/ui/table';
import { UserStatusBadge } from '../../../components/ui/user-status-badge';
import { formatDate } from '../../../lib/format';
import { useAdminUsers } from '../api/get-users';
import type { UserFilters } from '../api/keys';
import { DeactivateDialog } from './deactivate-dialog';

type UsersTableProps = { filters: UserFilters; currentUserId: string };

export function UsersTable({ filters, currentUserId }: UsersTableProps) {
  const { t } = useTranslation();
  const users = useAdminUsers(filters);
  const [deactivating, setDeactivating] = useState<User | null>(null);
  const [deactivated, setDeactivated] = useState<User | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  if (users.isPending) return <Spinner />;
  if (users.isError) return <QueryError error={users.error} onRetry={() => users.refetch()} />;

  const rows = users.data.pages.flatMap((page) => page.items);
  const nameId = (user: User) => `user-${user.id}-name`;

  const columns: Column<User>[] = [
    {
      key: 'name',
      header: t('fields.name'),
      rowHeader: true,
      cell: (user) => <span id={nameId(user)}>{user.name}</span>,
    },
    { key: 'email', header: t('fields.email'), cell: (user) => user.email },
    { key: 'role', header: t('fields.role'), cell: (user) => t(`roles.${user.role}`) },
    {
      key: 'organization',
      header: t('fields.organization'),
      cell: (user) => user.organization.name,
    },
    { key: 'status', header: t('fields.status'), cell: (user) => <UserStatusBadge user={user} /> },
    {
      key: 'created',
      header: t('fields.addedOn'),
      cell: (user) => <time dateTime={user.createdAt}>{formatDate(user.createdAt)}</time>,
    },
    {
      key: 'actions',
      header: t('common.actions'),
      action: true,
      cell: (user) =>
        user.active && user.id !== currentUserId ? (
          <Button
            size="small"
            variant="secondary"
            aria-describedby={nameId(user)}
            onClick={() => setDeactivating(user)}
          >
            {t('admin.users.deactivate')}
          </Button>
        ) : null,
    },
  ];

  return (
    <div className="kern-stack">
      {deactivated ? (
        <Alert
          ref={noticeRef}
          tabIndex={-1}
          variant="success"
          role="status"
          title={t('admin.users.deactivated', { name: deactivated.name })}
        />
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title={t('admin.users.empty')} />
      ) : (
        <>
          <DataTable
            caption={t('admin.users.caption')}
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
      )}
      {deactivating ? (
        <DeactivateDialog
          user={deactivating}
          onClose={() => setDeactivating(null)}
          onDeactivated={(user) => {
            setDeactivating(null);
            setDeactivated(user);
            setTimeout(() => noticeRef.current?.focus(), 0);
          }}
        />
      ) : null}
    </div>
  );
}
