import { type CaseTransitionTarget, employerNextSteps } from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { formatDate } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';
import { useCase } from '../api/get-case';
import { CaseAssignment } from '../components/case-assignment';
import { CaseBaConsent } from '../components/case-ba-consent';
import { CaseDeadline } from '../components/case-deadline';
import { CaseDocuments } from '../components/case-documents';
import { CaseEmploymentEnded } from '../components/case-employment-ended';
import { CaseMessages } from '../components/case-messages';
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
 * A case: stage, progress (employer side), due date, moves, assignee (city staff), an early end
 * of employment, shares with partners, data, documents, history, messages.
 */
export function CasePage({ caseId, currentUserId }: CasePageProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const stageLabel = useStageLabel();
  const query = useCase(caseId);
  const [moveTo, setMoveTo] = useState<CaseTransitionTarget | null>(null);

  if (query.isPending) return <Spinner />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  const detail = query.data;
  const isCity = detail.access === 'city';
  const request = detail.openDocumentRequest;
  // Answering the open request makes the move back itself ("Antwort senden").
  const moves = detail.allowedTransitions.filter(
    (to) => !(request && detail.can.answerDocumentRequest && to === detail.resumeStatus),
  );

  return (
    <div className="kern-stack-lg">
      <PageHeading
        title={`${detail.reference} – ${stageLabel(detail.status)}`}
        preline={t('cases.detail.preline')}
      >
        {detail.hireName} · {detail.organizationName}
      </PageHeading>

      {isCity ? null : (
        <section className="kern-stack" aria-labelledby="case-progress-heading">
          <h2 className="kern-heading-medium" id="case-progress-heading">
            {t('cases.detail.progressHeading')}
          </h2>
          <CaseProgressStepper current={detail.progressStep} labelledBy="case-progress-heading" />
          <Alert variant="info" title={t('cases.detail.nextStepHeading')} headingLevel={3}>
            <p className="kern-body">{employerNextSteps[detail.status][locale]}</p>
          </Alert>
        </section>
      )}

      <section className="kern-stack" aria-labelledby="case-due-heading">
        <h2 className="kern-heading-medium" id="case-due-heading">
          {t('cases.detail.dueHeading')}
        </h2>
        {detail.deadline ? (
          <p className="kern-body">
            <CaseDeadline deadline={detail.deadline} />
          </p>
        ) : (
          <p className="kern-body">
            {detail.closedAt ? t('cases.closed') : t('cases.detail.noDue')}
          </p>
        )}
        {detail.baConsent ? <CaseBaConsent consent={detail.baConsent} /> : null}
      </section>

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
          {detail.can.answerDocumentRequest ? (
            <DocumentRequestAnswer detail={detail} request={request} />
          ) : null}
        </section>
      ) : null}

      <section className="kern-stack" aria-labelledby="case-moves-heading">
        <h2 className="kern-heading-medium" id="case-moves-heading">
          {t('cases.detail.movesHeading')}
        </h2>
        {moves.length === 0 ? (
          <p className="kern-body">{t('cases.detail.noMoves')}</p>
        ) : (
          <ul className="app-plain-list app-button-list">
            {moves.map((to) => (
              <li key={to}>
                <Button
                  variant={to === 'rejected' || to === 'withdrawn' ? 'secondary' : 'primary'}
                  onClick={() => setMoveTo(to)}
                >
                  {t('cases.detail.moveTo', { stage: stageLabel(to) })}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {detail.can.assign ? <CaseAssignment detail={detail} currentUserId={currentUserId} /> : null}
      {detail.employmentEnded || detail.can.reportEmploymentEnded ? (
        <CaseEmploymentEnded detail={detail} />
      ) : null}
      {detail.can.share || detail.shares.length > 0 ? <CaseShares detail={detail} /> : null}

      <CaseSummary detail={detail} />
      <CaseDocuments documents={detail.documents} />
      <CaseTimeline events={detail.timeline} />
      <CaseMessages
        caseId={detail.id}
        canWrite={detail.can.writeMessages}
        canWriteInternal={isCity && detail.can.readInternalNotes}
      />

      {moveTo ? (
        <TransitionDialog detail={detail} to={moveTo} onClose={() => setMoveTo(null)} />
      ) : null}
    </div>
  );
}
