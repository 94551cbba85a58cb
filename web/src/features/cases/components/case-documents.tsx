import type { CaseDocument } from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { apiBasePath } from '../../../lib/api-client';
import { formatFileSize } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';

function contentUrl(id: string, download: boolean): string {
  return `${apiBasePath}/documents/${encodeURIComponent(id)}/content${download ? '?download=1' : ''}`;
}

/** The file shown in the page: a PDF in a frame, an image as itself. */
function DocumentPreview({ document }: { document: CaseDocument }) {
  const { t } = useTranslation();
  const title = t('cases.detail.previewTitle', { name: document.fileName });
  return (
    <figure className="app-document-preview">
      {document.contentType === 'application/pdf' ? (
        <iframe
          className="app-document-preview__frame"
          src={contentUrl(document.id, false)}
          title={title}
        />
      ) : (
        <img
          className="app-document-preview__image"
          src={contentUrl(document.id, false)}
          alt={title}
        />
      )}
    </figure>
  );
}

/**
 * The case's files: a preview inside the page, opening in a new tab, and a download each. One
 * preview at a time keeps the page light when a case holds many files.
 */
export function CaseDocuments({ documents }: { documents: CaseDocument[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [previewId, setPreviewId] = useState<string | null>(null);
  return (
    <section className="kern-stack" aria-labelledby="case-documents-heading">
      <h2 className="kern-heading-medium" id="case-documents-heading">
        {t('cases.detail.documentsHeading')}
      </h2>
      {documents.length === 0 ? (
        <p className="kern-body">{t('cases.detail.noDocuments')}</p>
      ) : (
        <ul className="app-plain-list kern-stack-xs">
          {documents.map((document) => {
            const isShown = previewId === document.id;
            // The visible words begin the accessible name (WCAG 2.5.3); the file name follows.
            const previewAction = isShown
              ? t('cases.detail.hidePreview')
              : t('cases.detail.showPreview');
            return (
              <li key={document.id} className="kern-stack-xs">
                <p className="kern-body">
                  <a
                    className="kern-link"
                    href={contentUrl(document.id, false)}
                    target="_blank"
                    rel="noopener"
                    aria-label={t('cases.detail.preview', { name: document.fileName })}
                  >
                    {document.fileName}
                  </a>{' '}
                  ({formatFileSize(document.sizeBytes, locale)})
                </p>
                <div className="app-button-list">
                  <Button
                    variant="tertiary"
                    icon={isShown ? 'close' : 'visibility'}
                    aria-expanded={isShown}
                    aria-label={`${previewAction}: ${document.fileName}`}
                    onClick={() => setPreviewId(isShown ? null : document.id)}
                  >
                    {previewAction}
                  </Button>
                  <a
                    className="kern-btn kern-btn--tertiary"
                    href={contentUrl(document.id, true)}
                    download
                    aria-label={`${t('cases.detail.download')}: ${document.fileName}`}
                  >
                    <span className="kern-icon kern-icon--download" aria-hidden="true" />
                    <span className="kern-label">{t('cases.detail.download')}</span>
                  </a>
                </div>
                {isShown ? <DocumentPreview document={document} /> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
