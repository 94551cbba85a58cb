import type { Mandate } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { type Column, DataTable } from '../../../components/ui/table';
import { TextLink } from '../../../components/ui/text-link';
import { VerificationBadge } from '../../../components/ui/verification-badge';
import { formatDate } from '../../../lib/format';
import { useMandates } from '../api/get-mandates';

/** For IHK and Jobcenter advisors: the employers that currently give them a mandate. */
export function PartnerMandatesPage() {
  const { t } = useTranslation();
  const mandates = useMandates({ status: 'active' });

  const columns: Column<Mandate>[] = [
    {
      key: 'employer',
      header: t('mandates.fields.employer'),
      rowHeader: true,
      cell: (mandate) => mandate.employer.name,
    },
    {
      key: 'verification',
      header: t('fields.verificationStatus'),
      cell: (mandate) => <VerificationBadge status={mandate.employer.verificationStatus} />,
    },
    {
      key: 'grantedAt',
      header: t('mandates.fields.grantedAt'),
      cell: (mandate) => <time dateTime={mandate.grantedAt}>{formatDate(mandate.grantedAt)}</time>,
    },
    {
      key: 'hires',
      header: t('mandates.partner.hiresColumn'),
      cell: (mandate) => (
        <TextLink to={`/hires?organizationId=${encodeURIComponent(mandate.employer.id)}`}>
          {t('mandates.partner.showHires', { employer: mandate.employer.name })}
        </TextLink>
      ),
    },
  ];

  return (
    <div className="kern-stack-lg">
      <PageHeading title={t('mandates.partner.title')}>{t('mandates.partner.intro')}</PageHeading>
      {mandates.isPending ? <Spinner /> : null}
      {mandates.isError ? (
        <QueryError error={mandates.error} onRetry={() => mandates.refetch()} />
      ) : null}
      {mandates.data?.length === 0 ? (
        <EmptyState title={t('mandates.partner.emptyTitle')}>
          {t('mandates.partner.emptyText')}
        </EmptyState>
      ) : null}
      {mandates.data && mandates.data.length > 0 ? (
        <DataTable
          caption={t('mandates.partner.caption')}
          columns={columns}
          rows={mandates.data}
          rowKey={(mandate) => mandate.id}
        />
      ) : null}
    </div>
  );
}
