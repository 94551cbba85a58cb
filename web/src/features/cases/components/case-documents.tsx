import type { CaseDetail, CaseDetailDocument } from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { cx } from '../../../components/ui/cx';
import { apiBasePath } from '../../../lib/api-client';
import { formatDate, formatFileSize } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';
import { groupCaseDocuments } from './document-groups';

function contentUrl(id: string, download: boolean): string {
  return `${apiBasePath}/documents/${encodeURIComponent(id)}/content${download ? '?download=1' : ''}`;
}

/** The file shown in the page: a PDF in a frame, an image as itself. */
function DocumentPreview({ document }: { document: CaseDetailDocument }) {
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

type DocumentEntryProps = {
  document: CaseDetailDocument;
  /** The date of the request the file answers; null for a file of the submission. */
  requestedAt: string | null;
  /** The file that replaces this one. */
  replacedBy: CaseDetailDocument | undefined;
  isShown: boolean;
  onTogglePreview: () => void;
};

function DocumentEntry({
  document,
  requestedAt,
  replacedBy,
  isShown,
  onTogglePreview,
}: DocumentEntryProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The visible words begin the accessible name (WCAG 2.5.3); the file name follows.
  const previewAction = isShown ? t('cases.detail.hidePreview') : t('cases.detail.showPreview');
  return (
    <li className={cx('kern-stack-xs app-case-file', replacedBy && 'app-case-file--superseded')}>
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
        ({formatFileSize(document.sizeBytes, locale)},{' '}
        {t('cases.detail.uploadedOn', { date: formatDate(document.uploadedAt) })})
      </p>
      {requestedAt || replacedBy ? (
        <p className="kern-body kern-body--small app-case-file__marks">
          {requestedAt ? (
            <Badge variant="info">
              {t('cases.detail.resubmitted', { date: formatDate(requestedAt) })}
            </Badge>
          ) : null}
          {replacedBy ? (
            <>
              <Badge variant="neutral">{t('cases.detail.superseded')}</Badge>{' '}
              {t('cases.detail.supersededBy', { name: replacedBy.fileName })}
            </>
          ) : null}
        </p>
      ) : null}
      <div className="app-button-list">
        <Button
          variant="tertiary"
          icon={isShown ? 'close' : 'visibility'}
          aria-expanded={isShown}
          aria-label={`${previewAction}: ${document.fileName}`}
          onClick={onTogglePreview}
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
}

type CaseDocumentsProps = {
  detail: Pick<CaseDetail, 'documents' | 'documentRequests' | 'assessment'>;
};

/**
 * The case's files under the checklist items of its pre-check: a re-upload says which request
 * it answers, the file it replaces says so. Each opens in a new tab, previews inside the page and
 * downloads; one preview at a time keeps the page light when a case holds many files.
 */
export function CaseDocuments({ detail }: CaseDocumentsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [previewId, setPreviewId] = useState<string | null>(null);
  const groups = groupCaseDocuments(detail, {
    locale,
    otherLabel: t('cases.detail.otherDocuments'),
  });
  const requestDate = (id: string | null) =>
    detail.documentRequests.find((request) => request.id === id)?.requestedAt ?? null;
  return (
    <section className="kern-stack" aria-labelledby="case-documents-heading">
      <h2 className="kern-heading-medium" id="case-documents-heading">
        {t('cases.detail.documentsHeading')}
      </h2>
      {groups.length === 0 ? (
        <p className="kern-body">{t('cases.detail.noDocuments')}</p>
      ) : (
        <ul className="app-plain-list kern-stack">
          {groups.map((group) => {
            const headingId = `case-documents-${group.key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
            return (
              <li key={group.key} className="kern-stack-xs app-case-file-group">
                <h3 className="kern-heading-small" id={headingId}>
                  {group.label}
                </h3>
                {group.documents.length === 0 ? (
                  <p className="kern-body kern-body--small">{t('cases.detail.noFileYet')}</p>
                ) : (
                  <ul className="app-plain-list kern-stack-sm" aria-labelledby={headingId}>
                    {group.documents.map((document) => (
                      <DocumentEntry
                        key={document.id}
                        document={document}
                        requestedAt={requestDate(document.documentRequestId)}
                        replacedBy={detail.documents.find((d) => d.id === document.supersededById)}
                        isShown={previewId === document.id}
                        onTogglePreview={() =>
                          setPreviewId(previewId === document.id ? null : document.id)
                        }
                      />
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
