import type { User } from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { useOrganization } from '../api/get-organization';
import { ColleaguesTable } from '../components/colleagues-table';
import { InviteColleagueForm } from '../components/invite-colleague-form';
import { OrganizationDetails } from '../components/organization-details';

type OrganizationPageProps = {
  organizationId: string;
  /** Known from the session, so the page names the organisation before its details load. */
  organizationName: string;
  currentUserId: string;
  /** HR staff of an employer may invite colleagues into their company and manage their accounts. */
  canInvite: boolean;
  isEmployer: boolean;
};

/** "Mein Unternehmen" / "Meine Organisation": details, colleagues and (for HR) invitations. */
export function OrganizationPage({
  organizationId,
  organizationName,
  currentUserId,
  canInvite,
  isEmployer,
}: OrganizationPageProps) {
  const { t } = useTranslation();
  const organization = useOrganization(organizationId);
  const [invited, setInvited] = useState<User | null>(null);
  const title = isEmployer ? t('organization.titleEmployer') : t('organization.titleOther');

  return (
    <div className="kern-stack-lg">
      <PageHeading title={title} preline={organization.data?.name ?? organizationName} />
      <section className="kern-stack" aria-labelledby="organization-details-heading">
        <h2 className="kern-heading-medium" id="organization-details-heading">
          {t('organization.detailsHeading')}
        </h2>
        {organization.isPending ? <Spinner /> : null}
        {organization.isError ? (
          <QueryError error={organization.error} onRetry={() => organization.refetch()} />
        ) : null}
        {organization.data ? <OrganizationDetails organization={organization.data} /> : null}
        {isEmployer ? <p className="kern-body">{t('organization.detailsChangeHint')}</p> : null}
      </section>

      <section className="kern-stack" aria-labelledby="organization-colleagues-heading">
        <h2 className="kern-heading-medium" id="organization-colleagues-heading">
          {t('organization.colleagues.heading')}
        </h2>
        <ColleaguesTable
          organizationId={organizationId}
          currentUserId={currentUserId}
          canManage={canInvite}
        />
      </section>

      {canInvite ? (
        <section className="kern-stack app-narrow" aria-labelledby="organization-invite-heading">
          <h2 className="kern-heading-medium" id="organization-invite-heading">
            {t('organization.invite.heading')}
          </h2>
          <p className="kern-body">{t('organization.invite.intro')}</p>
          {invited ? (
            <Alert
              variant="success"
              role="status"
              title={t('organization.invite.success', { name: invited.name, email: invited.email })}
            />
          ) : null}
          <InviteColleagueForm organizationId={organizationId} onInvited={setInvited} />
        </section>
      ) : null}
    </div>
  );
}
