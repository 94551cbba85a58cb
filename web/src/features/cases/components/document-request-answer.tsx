import type { CaseDetail, CaseDocumentRequest } from '@itc/shared';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { FieldLabel } from '../../../components/ui/field-parts';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { useErrorMessage } from '../../../lib/errors';
import { useAnswerDocumentRequest } from '../api/answer-document-request';
import { useUploadCaseDocument } from '../api/upload-case-document';

type Props = { detail: CaseDetail; request: CaseDocumentRequest };

function RequestedDocumentUpload({
  detail,
  request,
  code,
  label,
}: Props & { code: string; label: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const upload = useUploadCaseDocument();
  const [percent, setPercent] = useState<number | null>(null);
  const [uploadedName, setUploadedName] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const inputId = useId();
  const uploaded = detail.documents.filter(
    (doc) => doc.documentRequestId === request.id && doc.requirementCode === code,
  );
  return (
    <li className="kern-stack-xs">
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={inputId}>
          {t('cases.answer.uploadFor', { label })}
        </label>
        <input
          id={inputId}
          type="file"
          className="kern-form-input__input"
          accept="application/pdf,image/jpeg,image/png"
          disabled={upload.isPending}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            setPercent(0);
            setUploadedName(null);
            upload.mutate(
              { caseId: detail.id, requirementCode: code, file, onProgress: setPercent },
              {
                onSettled: () => setPercent(null),
                onSuccess: (document) => {
                  setUploadedName(document.fileName);
                  // Keyboard and screen reader users learn at once that the file arrived.
                  setTimeout(() => noticeRef.current?.focus(), 0);
                },
              },
            );
          }}
        />
      </div>
      {percent !== null ? (
        <ProgressBar label={t('cases.answer.uploading')} percent={percent} />
      ) : null}
      <div role="status" className="app-live-region">
        {uploadedName ? (
          <Alert
            ref={noticeRef}
            tabIndex={-1}
            variant="success"
            title={t('cases.answer.uploadedNotice', { name: uploadedName })}
          />
        ) : null}
      </div>
      {upload.isError ? (
        <Alert variant="danger" role="alert" title={t('cases.answer.uploadFailed')}>
          <p className="kern-body">{errorMessage(upload.error)}</p>
        </Alert>
      ) : null}
      {uploaded.length > 0 ? (
        <ul>
          {uploaded.map((doc) => (
            <li key={doc.id}>
              <span className="kern-icon kern-icon--check" aria-hidden="true" /> {doc.fileName}
            </li>
          ))}
        </ul>
      ) : (
        <p className="kern-body kern-body--small">{t('cases.answer.missing')}</p>
      )}
    </li>
  );
}

type DocumentRequestAnswerProps = Props & {
  /** After the answer went out, with the case back at the stage the request came from. */
  onAnswered: (detail: CaseDetail) => void;
};

/** The employer uploads every requested file, then sends the answer ("Antwort senden"). */
export function DocumentRequestAnswer({ detail, request, onAnswered }: DocumentRequestAnswerProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const answer = useAnswerDocumentRequest();
  const [note, setNote] = useState('');
  const noteId = useId();
  const canUpload = detail.can.uploadRequestedDocuments;
  return (
    <div className="kern-stack">
      {canUpload ? (
        <ul className="app-plain-list kern-stack">
          {request.documents.map((doc) => (
            <RequestedDocumentUpload
              key={`${doc.code}-${doc.label}`}
              detail={detail}
              request={request}
              code={doc.code}
              label={doc.label}
            />
          ))}
        </ul>
      ) : null}
      <div className="kern-form-input">
        <FieldLabel htmlFor={noteId} label={t('cases.transition.note')} optional />
        <textarea
          id={noteId}
          className="kern-form-input__input"
          rows={3}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {answer.isError ? (
        <Alert variant="danger" role="alert" title={t('cases.answer.failed')}>
          <p className="kern-body">{errorMessage(answer.error)}</p>
        </Alert>
      ) : null}
      <div>
        <Button
          icon="check"
          disabled={answer.isPending}
          onClick={() =>
            answer.mutate(
              {
                id: detail.id,
                requestId: request.id,
                body: { version: detail.version, note: note.trim() || undefined },
              },
              { onSuccess: onAnswered },
            )
          }
        >
          {answer.isPending ? t('cases.answer.sending') : t('cases.answer.send')}
        </Button>
      </div>
    </div>
  );
}
