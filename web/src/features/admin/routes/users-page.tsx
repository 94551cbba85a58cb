import type { User } from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { FilterSelect } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { useOrganizationOptions } from '../api/get-organizations';
import { InviteUserForm } from '../components/invite-user-form';
import { UsersTable } from '../components/users-table';

/** Accounts of all organisations; the filter lives in the URL (?organizationId=…). */
export function UsersPage({ currentUserId }: { currentUserId: string }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const organizationId = searchParams.get('organizationId') ?? undefined;
  const organizations = useOrganizationOptions();
  const [invited, setInvited] = useState<User | null>(null);

  return (
    <div className="kern-stack-lg">
      <PageHeading title={t('admin.users.title')}>{t('admin.users.intro')}</PageHeading>
      <section className="kern-stack" aria-labelledby="users-list-heading">
        <h2 className="kern-heading-medium" id="users-list-heading">
          {t('admin.users.listHeading')}
        </h2>
        {organizations.data ? (
          <div className="app-filters">
            <FilterSelect
              id="users-filter-organization"
              label={t('admin.users.filterOrganization')}
              value={organizationId ?? ''}
              options={[
                { value: '', label: t('admin.users.allOrganizations') },
                ...organizations.data.map((o) => ({ value: o.id, label: o.name })),
              ]}
              onChange={(value) => setSearchParams(value ? { organizationId: value } : {})}
            />
          </div>
        ) : null}
        <UsersTable filters={{ organizationId }} currentUserId={currentUserId} />
      </section>
      <section className="kern-stack app-narrow" aria-labelledby="users-invite-heading">
        <h2 className="kern-heading-medium" id="users-invite-heading">
          {t('admin.users.invite.heading')}
        </h2>
        <p className="kern-body">{t('admin.users.invite.intro')}</p>
        {invited ? (
          <Alert
            variant="success"
            role="status"
            title={t('admin.users.invite.success', { name: invited.name, email: invited.email })}
          />
        ) : null}
        {organizations.isPending ? <Spinner /> : null}
        {organizations.isError ? (
          <QueryError error={organizations.error} onRetry={() => organizations.refetch()} />
        ) : null}
        {organizations.data ? (
          <InviteUserForm
            key={organizationId ?? 'all'}
            organizations={organizations.data}
            defaultOrganizationId={organizationId}
            onInvited={setInvited}
          />
        ) : null}
      </section>
    </div>
  );
}
