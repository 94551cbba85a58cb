import type { CaseOverview, CurrentUser, Organization } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { CaseOverviewPanel } from '../components/case-overview-panel';
import { NextSteps } from '../components/next-steps';
import { OrganizationStatusNotice } from '../components/organization-status-notice';
import { OrganizationSummary } from '../components/organization-summary';
import { PendingEmployersPanel } from '../components/pending-employers-panel';

export type HomePageProps = {
  user: CurrentUser;
  organization: {
    data: Organization | undefined;
    error: unknown;
    refetch: () => unknown;
  };
  /** Only for city administrators. */
  pendingEmployers?: {
    data: { count: number; isAtLeast: boolean } | undefined;
    error: unknown;
    refetch: () => unknown;
  };
  /** Only for city reviewers: the queue's counts. */
  caseOverview?: {
    data: CaseOverview | undefined;
    error: unknown;
    refetch: () => unknown;
  };
  justRegistered?: boolean;
};

/** The start page: real data about the user's organisation and what to do next. */
export function HomePage({
  user,
  organization,
  pendingEmployers,
  caseOverview,
  justRegistered,
}: HomePageProps) {
  const { t } = useTranslation();
  return (
    <div className="kern-stack-lg">
      <PageHeading
        title={t('home.title', { name: user.name })}
        documentTitle={t('home.documentTitle')}
      >
        {t(`home.intro.${user.role}`)}
      </PageHeading>
      {justRegistered ? (
        <Alert variant="success" title={t('home.registered.title')} role="status">
          <p className="kern-body">{t('home.registered.text')}</p>
        </Alert>
      ) : null}
      {user.organization.type === 'employer' ? (
        <OrganizationStatusNotice
          status={organization.data?.verificationStatus ?? user.organization.verificationStatus}
          rejectionReason={organization.data?.rejectionReason}
        />
      ) : null}
      {organization.error ? (
        <QueryError error={organization.error} onRetry={organization.refetch} />
      ) : null}
      {pendingEmployers?.error ? (
        <QueryError error={pendingEmployers.error} onRetry={pendingEmployers.refetch} />
      ) : null}
      {caseOverview?.error ? (
        <QueryError error={caseOverview.error} onRetry={caseOverview.refetch} />
      ) : null}
      {/* The reviewer's work comes first: what waits in the queue. */}
      {caseOverview?.data ? <CaseOverviewPanel overview={caseOverview.data} /> : null}
      <div className="app-home-grid">
        {/* The summary from the session shows at once; address and details follow. */}
        <OrganizationSummary user={user} organization={organization.data} />
        {pendingEmployers?.data ? (
          <PendingEmployersPanel
            count={pendingEmployers.data.count}
            isAtLeast={pendingEmployers.data.isAtLeast}
          />
        ) : null}
      </div>
      <NextSteps user={user} organization={organization.data} />
    </div>
  );
}
