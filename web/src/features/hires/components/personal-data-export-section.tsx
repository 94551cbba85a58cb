import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { useErrorMessage } from '../../../lib/errors';
import { formatFileSize } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';
import { useExportPersonalData } from '../api/export-personal-data';

/**
 * "Datenauskunft (Art. 15 DSGVO)": the employer answers a person's request for their data with
 * one ZIP. Its size is unknown while it streams, so the bar is indeterminate and the bytes
 * received are shown in words.
 */
export function PersonalDataExportSection({ hireId }: { hireId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const exportData = useExportPersonalData();
  const doneRef = useRef<HTMLParagraphElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (exportData.isSuccess) doneRef.current?.focus();
    if (exportData.isError) errorRef.current?.focus();
  }, [exportData.isSuccess, exportData.isError]);

  return (
    <section className="kern-stack app-narrow" aria-labelledby="hire-personal-data-heading">
      <h2 className="kern-heading-medium" id="hire-personal-data-heading">
        {t('hires.personalDataExport.heading')}
      </h2>
      <p className="kern-body">{t('hires.personalDataExport.intro')}</p>
      <div>
        {/* Not disabled while running: the button keeps the keyboard focus. */}
        <Button
          variant="secondary"
          icon="download"
          aria-disabled={exportData.isPending || undefined}
          onClick={() => {
            if (!exportData.isPending) exportData.mutate(hireId);
          }}
        >
          {exportData.isPending
            ? t('hires.personalDataExport.running')
            : t('hires.personalDataExport.button')}
        </Button>
      </div>
      {exportData.isPending ? (
        <ProgressBar
          label={t('hires.personalDataExport.received', {
            size: formatFileSize(exportData.receivedBytes, locale),
          })}
        />
      ) : null}
      <p
        ref={doneRef}
        tabIndex={-1}
        className={exportData.isSuccess ? 'kern-body kern-body--small' : 'kern-sr-only'}
        role="status"
      >
        {exportData.isPending ? t('hires.personalDataExport.started') : null}
        {exportData.isSuccess
          ? t('hires.personalDataExport.done', { fileName: exportData.data.fileName })
          : null}
      </p>
      {exportData.isError ? (
        <Alert
          ref={errorRef}
          tabIndex={-1}
          variant="danger"
          role="alert"
          title={t('hires.personalDataExport.failed')}
        >
          <p className="kern-body">{errorMessage(exportData.error)}</p>
        </Alert>
      ) : null}
    </section>
  );
}
