import {
  type DocumentRequirement,
  documentContentTypes,
  maxDocumentBytes,
  type PrecheckDocument,
} from '@itc/shared';
import { type ChangeEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { FieldError } from '../../../components/ui/field-parts';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { ApiError } from '../../../lib/api-client';
import { useErrorMessage, useFieldMessage } from '../../../lib/errors';
import { formatDateTime, formatFileSize } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';
import { useDeleteDocument } from '../api/delete-document';
import { fileLinks } from '../api/file-links';
import { useUploadDocument } from '../api/upload-document';

type DocumentItemProps = {
  precheckId: string;
  requirement: DocumentRequirement;
  document: PrecheckDocument | undefined;
  /** Uploads and deletions only while the pre-check is a draft. */
  canChange: boolean;
};

type Upload = { fileName: string; percent: number };

const accept = [...documentContentTypes, '.pdf', '.jpg', '.jpeg', '.png'].join(',');

/** A refusal for a field of the upload (file, requirementCode) reads like a form error. */
function useUploadErrorMessage() {
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  return (error: unknown) => {
    if (error instanceof ApiError) {
      const fieldError = error.problem.errors?.find(
        (e) => e.path === 'file' || e.path === 'requirementCode',
      );
      if (fieldError)
        return fieldMessage(fieldError.code ?? fieldError.message) ?? errorMessage(error);
    }
    return errorMessage(error);
  };
}

/** Checked before sending, so a 50 MB scan does not travel first; the server checks again. */
function checkFileLocally(file: File): string | null {
  if (file.size > maxDocumentBytes) return 'file_too_large';
  if (file.size === 0) return 'file_empty';
  const knownType = (documentContentTypes as readonly string[]).includes(file.type);
  if (file.type !== '' && !knownType) return 'file_type_not_allowed';
  return null;
}

/** One checklist entry: upload with progress, then preview, download, replace or delete. */
export function DocumentItem({ precheckId, requirement, document, canChange }: DocumentItemProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fieldMessage = useFieldMessage();
  const uploadErrorMessage = useUploadErrorMessage();
  const upload = useUploadDocument();
  const remove = useDeleteDocument();
  const [progress, setProgress] = useState<Upload | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const titleId = `document-${id}-title`;
  const inputId = `document-${id}-file`;
  const errorId = `document-${id}-error`;

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    setStatus(null);
    const localProblem = checkFileLocally(file);
    if (localProblem) {
      setError(fieldMessage(localProblem) ?? localProblem);
      return;
    }
    setProgress({ fileName: file.name, percent: 0 });
    upload.mutate(
      {
        precheckId,
        requirementCode: requirement.code,
        file,
        onProgress: (percent) => setProgress({ fileName: file.name, percent }),
      },
      {
        onSuccess: (uploaded) =>
          setStatus(t('precheckFiling.documents.uploaded', { fileName: uploaded.fileName })),
        onError: (uploadError) => {
          setError(uploadErrorMessage(uploadError));
          inputRef.current?.focus();
        },
        onSettled: () => setProgress(null),
      },
    );
  };

  const onDelete = (existing: PrecheckDocument) => {
    setError(null);
    remove.mutate(
      { precheckId, documentId: existing.id },
      {
        onSuccess: () => {
          setStatus(t('precheckFiling.documents.deleted', { fileName: existing.fileName }));
          setTimeout(() => inputRef.current?.focus(), 0);
        },
        onError: (deleteError) => setError(uploadErrorMessage(deleteError)),
      },
    );
  };

  return (
    <li className="app-document" aria-labelledby={titleId}>
      <div className="app-document__header">
        <h4 className="kern-body kern-body--bold app-document__title" id={titleId}>
          {requirement.label}
        </h4>
        {document ? (
          <Badge variant="success">{t('precheckFiling.documents.statusUploaded')}</Badge>
        ) : requirement.required ? (
          <Badge variant="warning">{t('precheckFiling.documents.statusMissing')}</Badge>
        ) : (
          <Badge variant="neutral">{t('prechecks.pathLabels.ifApplicable')}</Badge>
        )}
      </div>
      {requirement.needsTranslation ? (
        <p className="kern-body kern-body--small">
          {t('precheckFiling.documents.translationNeeded')}
        </p>
      ) : null}
      {document ? (
        <div className="app-document__file">
          <p className="kern-body">
            <a
              className="kern-link"
              href={fileLinks.documentPreview(document.id)}
              target="_blank"
              rel="noopener"
            >
              {document.fileName}
              <span className="kern-sr-only"> ({t('precheckFiling.documents.opensNewTab')})</span>
            </a>{' '}
            <span className="kern-body--muted">
              {formatFileSize(document.sizeBytes, locale)} ·{' '}
              {t('precheckFiling.documents.uploadedAt', {
                date: formatDateTime(document.uploadedAt),
              })}
            </span>
          </p>
          <p className="kern-body">
            <a
              className="kern-link"
              href={fileLinks.documentDownload(document.id)}
              aria-describedby={titleId}
            >
              <span className="kern-icon kern-icon--download" aria-hidden="true" />
              {t('precheckFiling.documents.download')}
            </a>
          </p>
        </div>
      ) : null}
      {canChange ? (
        <div className="app-document__actions">
          <div className={error ? 'kern-form-input kern-form-input--error' : 'kern-form-input'}>
            <label className="kern-label" htmlFor={inputId}>
              {document
                ? t('precheckFiling.documents.replace')
                : t('precheckFiling.documents.choose')}
              <span className="kern-sr-only">: {requirement.label}</span>
            </label>
            <div className="kern-hint" id={`${inputId}-hint`}>
              {t('precheckFiling.documents.fileHint')}
            </div>
            <input
              ref={inputRef}
              id={inputId}
              type="file"
              accept={accept}
              className="app-file-input"
              disabled={progress !== null}
              aria-invalid={error ? true : undefined}
              aria-describedby={[`${inputId}-hint`, error ? errorId : ''].join(' ').trim()}
              onChange={onFileChosen}
            />
          </div>
          {document ? (
            <div>
              <Button
                variant="tertiary"
                size="small"
                icon="delete"
                disabled={remove.isPending || progress !== null}
                aria-describedby={titleId}
                onClick={() => onDelete(document)}
              >
                {t('precheckFiling.documents.delete')}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
      {progress ? (
        <ProgressBar
          label={t('precheckFiling.documents.uploading', { fileName: progress.fileName })}
          percent={progress.percent}
        />
      ) : null}
      <div role="alert">{error ? <FieldError id={errorId}>{error}</FieldError> : null}</div>
      <p className="kern-sr-only" role="status">
        {status}
      </p>
    </li>
  );
}
