import type { SubmittedCase } from '@itc/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { TextLink } from '../../../components/ui/text-link';
import { formatDateTime } from '../../../lib/format';
import { fileLinks } from '../api/file-links';
import { usePrecheck } from '../api/get-precheck';
import { precheckKeys } from '../api/keys';

/**
 * After submitting: the case's reference with a link to the case, what happens next and the PDF
 * receipt (in a new tab, so this page stays).
 */
export function PrecheckSubmittedPage({ precheckId }: { precheckId: string }) {
  const { t } = useTranslation();
  const precheck = usePrecheck(precheckId);
  const submitted = useQuery<SubmittedCase | null>({
    queryKey: precheckKeys.submittedCase(precheckId),
    queryFn: () => null,
    enabled: false,
    staleTime: Number.POSITIVE_INFINITY,
  }).data;

  if (precheck.isPending) return <Spinner />;
  if (precheck.isError) {
    return <QueryError error={precheck.error} onRetry={() => precheck.refetch()} />;
  }
  const current = precheck.data;
  if (current.status !== 'submitted' || !current.caseId) {
    return <Navigate to={`/prechecks/${current.id}/${current.step}`} replace />;
  }
  const caseId = current.caseId;

  return (
    <div className="kern-stack-lg app-narrow">
      <PageHeading title={t('precheckFiling.submitted.title')}>
        {submitted
          ? t('precheckFiling.submitted.intro', {
              name: submitted.hireName,
              date: formatDateTime(submitted.submittedAt),
            })
          : t('precheckFiling.submitted.introShort')}
      </PageHeading>
      <Alert variant="success" title={t('precheckFiling.submitted.successTitle')} headingLevel={2}>
        <p className="kern-body">
          {t('precheckFiling.submitted.referenceLabel')}{' '}
          <strong className="app-reference">{current.caseReference}</strong>
        </p>
        <p className="kern-body">{t('precheckFiling.submitted.referenceHint')}</p>
        <p className="kern-body">
          <TextLink to={`/cases/${caseId}`}>
            {t('precheckFiling.submitted.toCase', { reference: current.caseReference })}
          </TextLink>
        </p>
      </Alert>
      <section className="kern-stack-sm" aria-labelledby="receipt-heading">
        <h2 className="kern-heading-medium" id="receipt-heading">
          {t('precheckFiling.submitted.receiptHeading')}
        </h2>
        <p className="kern-body">{t('precheckFiling.submitted.receiptText')}</p>
        <p className="kern-body">
          <a className="kern-link" href={fileLinks.receipt(caseId)} target="_blank" rel="noopener">
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            {t('precheckFiling.submitted.receiptLink')}
            <span className="kern-sr-only"> ({t('precheckFiling.documents.opensNewTab')})</span>
          </a>
        </p>
      </section>
      <section className="kern-stack-sm" aria-labelledby="next-heading">
        <h2 className="kern-heading-medium" id="next-heading">
          {t('precheckFiling.submitted.nextHeading')}
        </h2>
        <ol className="kern-list kern-list--number">
          <li>{t('precheckFiling.submitted.next.review')}</li>
          <li>{t('precheckFiling.submitted.next.documents')}</li>
          <li>{t('precheckFiling.submitted.next.forward')}</li>
          <li>{t('precheckFiling.submitted.next.agreement')}</li>
          <li>{t('precheckFiling.submitted.next.visa')}</li>
        </ol>
      </section>
      <ul className="kern-list">
        <li>
          <TextLink to={`/hires/${current.hireId}`}>
            {t('precheckFiling.submitted.toHire')}
          </TextLink>
        </li>
        <li>
          <TextLink to="/hires">{t('precheckFiling.submitted.toHires')}</TextLink>
        </li>
      </ul>
    </div>
  );
}
