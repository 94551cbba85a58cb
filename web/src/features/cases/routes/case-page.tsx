import { type CaseDetail, type CaseTransitionTarget, employerNextSteps } from '@itc/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { formatDate } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';
import { useCase } from '../api/get-case';
import { CaseAssignment } from '../components/case-assignment';
import { CaseDocuments } from '../components/case-documents';
import { CaseEmploymentEnded } from '../components/case-employment-ended';
import { CaseFacts } from '../components/case-facts';
import { CaseMessages } from '../components/case-messages';
import { CaseMoves } from '../components/case-moves';
import { CaseProgressStepper } from '../components/case-progress-stepper';
import { CaseShares } from '../components/case-shares';
import { useStageLabel } from '../components/case-stage';
import { CaseSummary } from '../components/case-summary';
import { CaseTimeline } from '../components/case-timeline';
import { DocumentRequestAnswer } from '../components/document-request-answer';
import { TransitionDialog } from '../components/transition-dialog';

type CasePageProps = {
  caseId: string;
  /** The signed-in user, for "assign to me". */
  currentUserId: string;
};

/**
 * A case. On wide screens two columns: the facts, due date and what the caller may do stay in
 * view beside the open request, the progress (employer side), the submission, assessment,
 * documents, history, shares and messages. On a phone one column, facts and actions first.
 */
export function CasePage({ caseId, currentUserId }: CasePageProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const stageLabel = useStageLabel();
  const query = useCase(caseId);
  const [moveTo, setMoveTo] = useState<CaseTransitionTarget | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  if (query.isPending) return <Spinner />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  const detail = query.data;
  const isCity = detail.access === 'city';
  const request = detail.openDocumentRequest;

  // The button or form used is gone with the change, so the notice takes the focus.
  const announce = (text: string) => {
    setNotice(text);
    setTimeout(() => noticeRef.current?.focus(), 0);
  };
  const onMoved = (moved: CaseDetail) => {
    setMoveTo(null);
    announce(t('cases.actions.movedNotice', { stage: stageLabel(moved.status) }));
  };
  const onAnswered = (answered: CaseDetail) =>
    announce(t('cases.answer.answeredNotice', { stage: stageLabel(answered.status) }));

  return (
    <div className="kern-stack-lg">
      <PageHeading
        title={`${detail.reference} – ${stageLabel(detail.status)}`}
        preline={t('cases.detail.preline')}
      >
        {detail.hireName} · {detail.organizationName}
      </PageHeading>
      <div role="status" className="app-live-region">
        {notice ? <Alert ref={noticeRef} tabIndex={-1} variant="success" title={notice} /> : null}
      </div>

      <div className="app-case-desk">
        <div className="app-case-desk__aside kern-stack-lg">
          <CaseFacts detail={detail} />
          <CaseMoves detail={detail} onChoose={setMoveTo} />
          {detail.can.assign ? (
            <CaseAssignment detail={detail} currentUserId={currentUserId} />
          ) : null}
        </div>

        <div className="app-case-desk__main kern-stack-lg">
          {isCity ? null : (
            <section className="kern-stack" aria-labelledby="case-progress-heading">
              <h2 className="kern-heading-medium" id="case-progress-heading">
                {t('cases.detail.progressHeading')}
              </h2>
              <CaseProgressStepper
                current={detail.progressStep}
                labelledBy="case-progress-heading"
              />
              <Alert variant="info" title={t('cases.detail.nextStepHeading')} headingLevel={3}>
                <p className="kern-body">{employerNextSteps[detail.status][locale]}</p>
              </Alert>
            </section>
          )}

          {request ? (
            <section className="kern-stack" aria-labelledby="case-request-heading">
              <h2 className="kern-heading-medium" id="case-request-heading">
                {t('cases.detail.openRequestHeading')}
              </h2>
              <p className="kern-body app-pre-wrap">{request.message}</p>
              <p className="kern-body">
                {t('cases.detail.openRequestDue', { date: formatDate(request.dueAt) })}
              </p>
              <h3 className="kern-heading-small">{t('cases.detail.requestedDocuments')}</h3>
              <ul>
                {request.documents.map((doc) => (
                  <li key={`${doc.code}-${doc.label}`}>{doc.label}</li>
                ))}
              </ul>
              {/* The employer side's answer; city staff close a request answered otherwise. */}
              {!isCity && detail.can.answerDocumentRequest ? (
                <DocumentRequestAnswer detail={detail} request={request} onAnswered={onAnswered} />
              ) : null}
            </section>
          ) : null}

          <CaseSummary detail={detail} />
          <CaseDocuments detail={detail} />
          <CaseTimeline events={detail.timeline} />
          {detail.employmentEnded || detail.can.reportEmploymentEnded ? (
            <CaseEmploymentEnded detail={detail} />
          ) : null}
          {detail.can.share || detail.shares.length > 0 ? <CaseShares detail={detail} /> : null}
          <CaseMessages
            caseId={detail.id}
            canWrite={detail.can.writeMessages}
            canWriteInternal={isCity && detail.can.readInternalNotes}
          />
        </div>
      </div>

      {moveTo ? (
        <TransitionDialog
          detail={detail}
          to={moveTo}
          onClose={() => setMoveTo(null)}
          onMoved={onMoved}
        />
      ) : null}
    </div>
  );
}
