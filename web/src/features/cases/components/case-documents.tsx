import type { CaseDocument } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { apiBasePath } from '../../../lib/api-client';
import { formatFileSize } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';

function contentUrl(id: string, download: boolean): string {
  return `${apiBasePath}/documents/${encodeURIComponent(id)}/content${download ? '?download=1' : ''}`;
}

/** The case's files: a preview link (opens inline) and a download link each. */
export function CaseDocuments({ documents }: { documents: CaseDocument[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="kern-stack" aria-labelledby="case-documents-heading">
      <h2 className="kern-heading-medium" id="case-documents-heading">
        {t('cases.detail.documentsHeading')}
      </h2>
      {documents.length === 0 ? (
        <p className="kern-body">{t('cases.detail.noDocuments')}</p>
      ) : (
        <ul className="app-plain-list kern-stack-xs">
          {documents.map((document) => (
            <li key={document.id}>
              <a
                className="kern-link"
                href={contentUrl(document.id, false)}
                target="_blank"
                rel="noopener"
                aria-label={t('cases.detail.preview', { name: document.fileName })}
              >
                {document.fileName}
              </a>{' '}
              ({formatFileSize(document.sizeBytes, locale)}) ·{' '}
              <a className="kern-link" href={contentUrl(document.id, true)} download>
                {t('cases.detail.download', { name: document.fileName })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
