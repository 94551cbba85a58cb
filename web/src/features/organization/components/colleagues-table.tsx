import type { User } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import {
  type AccountAction,
  accountAction,
  useAccountActions,
} from '../../../components/ui/account-actions';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { type Column, DataTable } from '../../../components/ui/table';
import { UserStatusBadge } from '../../../components/ui/user-status-badge';
import { formatDate } from '../../../lib/format';
import { useDeactivateColleague } from '../api/deactivate-colleague';
import { useOrganizationUsers } from '../api/get-organization-users';
import { useReactivateColleague } from '../api/reactivate-colleague';
import { useResendInvitation } from '../api/resend-invitation';
import { useWithdrawInvitation } from '../api/withdraw-invitation';

export function ColleaguesTable({
  organizationId,
  currentUserId,
  canManage,
}: {
  organizationId: string;
  currentUserId: string;
  /** HR users resend and withdraw invitations and (de)activate colleagues, never themselves. */
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const users = useOrganizationUsers(organizationId);
  const actions = useColleagueActions(organizationId);
  const accountActions = useAccountActions();

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
          <span id={nameId(user)}>{user.name}</span>
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
    ...(canManage
      ? [
          {
            key: 'actions',
            header: t('common.actions'),
            action: true,
            cell: (user: User) =>
              user.id === currentUserId
                ? null
                : accountActions.buttons(actions(user), nameId(user)),
          },
        ]
      : []),
  ];

  return (
    <>
      {accountActions.notice}
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
      {accountActions.dialog}
    </>
  );
}

const nameId = (user: User) => `colleague-${user.id}-name`;

/** What HR can do to a colleague: pending invitations are resent or withdrawn, others toggled. */
function useColleagueActions(organizationId: string) {
  const { t } = useTranslation();
  const deactivate = useDeactivateColleague(organizationId);
  const reactivate = useReactivateColleague(organizationId);
  const resend = useResendInvitation(organizationId);
  const withdraw = useWithdrawInvitation(organizationId);

  return (user: User): AccountAction[] => {
    const values = { name: user.name, email: user.email };
    const action = (
      key: 'deactivate' | 'reactivate' | 'resend' | 'withdraw',
      run: (id: string) => Promise<unknown>,
      destructive = false,
    ) =>
      accountAction({
        key,
        text: (part) => t(`organization.colleagues.${key}.${part}`, values),
        run: () => run(user.id),
        destructive,
      });
    const toggle = user.active
      ? action('deactivate', deactivate.mutateAsync, true)
      : action('reactivate', reactivate.mutateAsync);
    if (!user.invitationPending) return [toggle];
    // A deactivated invitee must be reactivated before a new link makes sense.
    return [
      user.active ? action('resend', resend.mutateAsync) : toggle,
      action('withdraw', withdraw.mutateAsync, true),
    ];
  };
}
