import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { useErrorMessage } from '../../../lib/errors';
import { formatFileSize } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';
import { type CasesExportProgress, useExportCases } from '../api/export-cases';
import type { CaseFilters } from '../api/keys';

/** Percent of the rows the server announced; null when it announced none. */
function percentOf(progress: CasesExportProgress | null): number | null {
  if (progress?.total === null || progress?.total === undefined) return null;
  if (progress.total === 0) return 100;
  return Math.min(100, (progress.rows / progress.total) * 100);
}

/** Screen readers hear quarters, not every chunk. */
const announcedStep = 25;

/** "CSV exportieren" with the queue's filters: progress while the file streams, then saved. */
export function ExportCasesButton({ filters }: { filters: CaseFilters }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const exportCases = useExportCases();
  const { progress } = exportCases;
  const percent = percentOf(progress);

  let announcement = '';
  if (exportCases.isPending) {
    announcement =
      percent === null
        ? t('cases.export.started')
        : t('cases.export.status', {
            percent: Math.floor(percent / announcedStep) * announcedStep,
          });
  } else if (exportCases.isSuccess) {
    announcement = t('cases.export.done', {
      count: progress?.rows ?? 0,
      fileName: exportCases.data.fileName,
    });
  }

  return (
    <div className="kern-stack-xs">
      <div>
        {/* Not disabled while running: the button keeps the keyboard focus. */}
        <Button
          variant="secondary"
          icon="download"
          aria-disabled={exportCases.isPending || undefined}
          onClick={() => {
            if (!exportCases.isPending) exportCases.mutate(filters);
          }}
        >
          {exportCases.isPending ? t('cases.export.running') : t('cases.list.export')}
        </Button>
      </div>
      {exportCases.isPending && progress && percent !== null ? (
        <ProgressBar
          label={t('cases.export.progress', { rows: progress.rows, total: progress.total })}
          percent={percent}
        />
      ) : null}
      {exportCases.isPending && progress && percent === null ? (
        <p className="kern-body kern-body--small">
          {t('cases.export.received', { size: formatFileSize(progress.bytes, locale) })}
        </p>
      ) : null}
      {/* The bar shows the progress; only the outcome needs to be read as text as well. */}
      <p
        className={exportCases.isSuccess ? 'kern-body kern-body--small' : 'kern-sr-only'}
        role="status"
      >
        {announcement}
      </p>
      {exportCases.isError ? (
        <Alert variant="danger" role="alert" title={t('cases.export.failed')}>
          <p className="kern-body">{errorMessage(exportCases.error)}</p>
        </Alert>
      ) : null}
    </div>
  );
}
