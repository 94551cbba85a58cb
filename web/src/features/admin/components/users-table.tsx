import type { User } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import {
  type AccountAction,
  accountAction,
  useAccountActions,
} from '../../../components/ui/account-actions';
import { Badge } from '../../../components/ui/badge';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { type Column, DataTable } from '../../../components/ui/table';
import { UserStatusBadge } from '../../../components/ui/user-status-badge';
import { formatDate } from '../../../lib/format';
import { useDeactivateUser } from '../api/deactivate-user';
import { useAdminUsers } from '../api/get-users';
import type { UserFilters } from '../api/keys';
import { useReactivateUser } from '../api/reactivate-user';
import { useResendInvitation } from '../api/resend-invitation';
import { useResetSecondFactor } from '../api/reset-second-factor';

type UsersTableProps = { filters: UserFilters; currentUserId: string };

const nameId = (user: User) => `user-${user.id}-name`;

export function UsersTable({ filters, currentUserId }: UsersTableProps) {
  const { t } = useTranslation();
  const users = useAdminUsers(filters);
  const actions = useUserActions();
  const accountActions = useAccountActions();

  if (users.isPending) return <Spinner />;
  if (users.isError) return <QueryError error={users.error} onRetry={() => users.refetch()} />;

  const rows = users.data.pages.flatMap((page) => page.items);

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
    {
      key: 'status',
      header: t('fields.status'),
      // Status and second factor share a column, so the actions stay in view at 1280 px.
      cell: (user) => (
        <div className="kern-stack-xs">
          <UserStatusBadge user={user} />
          <Badge variant={user.secondFactorEnabled ? 'success' : 'neutral'}>
            {t(
              user.secondFactorEnabled
                ? 'admin.users.secondFactor.enabled'
                : 'admin.users.secondFactor.notSet',
            )}
          </Badge>
        </div>
      ),
    },
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
        user.id === currentUserId ? null : accountActions.buttons(actions(user), nameId(user)),
    },
  ];

  return (
    <div className="kern-stack">
      {accountActions.notice}
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
      {accountActions.dialog}
    </div>
  );
}

/** What a city admin can do to any other account. */
function useUserActions() {
  const { t } = useTranslation();
  const deactivate = useDeactivateUser();
  const reactivate = useReactivateUser();
  const resetSecondFactor = useResetSecondFactor();
  const resendInvitation = useResendInvitation();

  return (user: User): AccountAction[] => {
    const values = { name: user.name, email: user.email, organization: user.organization.name };
    const action = (
      key: 'deactivate' | 'reactivate' | 'resetSecondFactor' | 'resendInvitation',
      run: (id: string) => Promise<unknown>,
      destructive = false,
    ) =>
      accountAction({
        key,
        text: (part) => t(`admin.users.${key}.${part}`, values),
        run: () => run(user.id),
        destructive,
      });
    return [
      ...(user.invitationPending && user.active
        ? [action('resendInvitation', resendInvitation.mutateAsync)]
        : []),
      user.active
        ? action('deactivate', deactivate.mutateAsync, true)
        : action('reactivate', reactivate.mutateAsync),
      ...(user.secondFactorEnabled
        ? [action('resetSecondFactor', resetSecondFactor.mutateAsync, true)]
        : []),
    ];
  };
}
