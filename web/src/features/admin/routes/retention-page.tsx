import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { useRetentionPreview } from '../api/retention-preview';
import { RetentionCasesTable, RetentionHiresTable } from '../components/retention-tables';

/** City admins: the retention period and what the nightly run deletes in the next 30 days. */
export function RetentionPage() {
  const { t } = useTranslation();
  const preview = useRetentionPreview();
  return (
    <div className="kern-stack-lg">
      <PageHeading title={t('admin.retention.title')}>
        {preview.data
          ? t('admin.retention.intro', {
              count: preview.data.retentionDays,
              windowDays: preview.data.windowDays,
            })
          : null}
      </PageHeading>
      {preview.isPending ? <Spinner /> : null}
      {preview.isError ? (
        <QueryError error={preview.error} onRetry={() => preview.refetch()} />
      ) : null}
      {preview.data ? (
        <>
          <Alert variant="info" title={t('admin.retention.whatHappensTitle')}>
            <p className="kern-body">{t('admin.retention.whatHappensText')}</p>
          </Alert>
          <section className="kern-stack" aria-labelledby="retention-cases-heading">
            <h2 className="kern-heading-medium" id="retention-cases-heading">
              {t('admin.retention.cases.heading')}
            </h2>
            <RetentionCasesTable {...preview.data.cases} windowDays={preview.data.windowDays} />
          </section>
          <section className="kern-stack" aria-labelledby="retention-hires-heading">
            <h2 className="kern-heading-medium" id="retention-hires-heading">
              {t('admin.retention.hires.heading')}
            </h2>
            <RetentionHiresTable {...preview.data.hires} windowDays={preview.data.windowDays} />
          </section>
        </>
      ) : null}
    </div>
  );
}
