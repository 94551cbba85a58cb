import {
  checklistForResidenceTitle,
  listOpenResidenceTitles,
  type PathwayCode,
  type Precheck,
  resolveResidenceTitle,
} from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonGroup } from '../../../components/ui/button';
import { TextLink } from '../../../components/ui/text-link';
import { useErrorMessage } from '../../../lib/errors';
import { fileLinks } from '../api/file-links';
import { useSavePrecheck } from '../api/save-precheck';
import { usePathLabel } from '../utils/use-path-label';
import { previousStep, stepOfPath } from '../utils/wizard-steps';
import { DocumentItem } from './document-item';
import { ResidenceTitleChoice } from './residence-title-choice';

/** The prefilled forms to sign: the Vollmacht and the job data sheet (order of the BA form). */
function GeneratedForms({ precheckId }: { precheckId: string }) {
  const { t } = useTranslation();
  return (
    <section className="app-panel kern-stack-sm" aria-labelledby="generated-forms-heading">
      <h3 className="kern-heading-small" id="generated-forms-heading">
        {t('precheckFiling.documents.formsHeading')}
      </h3>
      <p className="kern-body">{t('precheckFiling.documents.formsIntro')}</p>
      <ul className="kern-list">
        <li>
          <a
            className="kern-link"
            href={fileLinks.powerOfAttorney(precheckId)}
            target="_blank"
            rel="noopener"
          >
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            {t('precheckFiling.documents.powerOfAttorney')}
            <span className="kern-sr-only"> ({t('precheckFiling.documents.opensNewTab')})</span>
          </a>
        </li>
        <li>
          <a
            className="kern-link"
            href={fileLinks.jobDataSheet(precheckId)}
            target="_blank"
            rel="noopener"
          >
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            {t('precheckFiling.documents.jobDataSheet')}
            <span className="kern-sr-only"> ({t('precheckFiling.documents.opensNewTab')})</span>
          </a>
        </li>
      </ul>
    </section>
  );
}

/** ZAB and anabin appear in the checklist's labels; this says what they are. */
function Glossary() {
  const { t } = useTranslation();
  return (
    <details className="app-details">
      <summary className="kern-body">{t('precheckFiling.documents.glossaryHeading')}</summary>
      <ul className="kern-list kern-list--bullet kern-list--small">
        <li>{t('precheckFiling.documents.glossaryZab')}</li>
        <li>{t('precheckFiling.documents.glossaryAnabin')}</li>
      </ul>
    </details>
  );
}

/**
 * Step "Unterlagen": the employer chooses the residence title among those the server's
 * assessment leaves open (the best one preselected); the checklist is that title's only.
 */
export function DocumentsStep({ precheck }: { precheck: Precheck }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const pathLabel = usePathLabel();
  const save = useSavePrecheck();
  const [error, setError] = useState<unknown>(null);
  const { assessment } = precheck;
  const openTitles = assessment ? listOpenResidenceTitles(assessment) : [];
  const title = assessment
    ? resolveResidenceTitle(assessment, precheck.answers.residenceTitle)
    : null;
  const requirements =
    assessment && title ? checklistForResidenceTitle(assessment.requiredDocuments, title) : [];
  const uploadedByCode = new Map(precheck.documents.map((d) => [d.requirementCode, d]));
  const required = requirements.filter((r) => r.required);
  const uploadedRequired = required.filter((r) => uploadedByCode.has(r.code)).length;
  const previous = previousStep('documents', precheck.answers.job.regulated) ?? 'job';

  const answersWithTitle = (code: PathwayCode | null) =>
    code ? { ...precheck.answers, residenceTitle: code } : precheck.answers;

  const chooseTitle = (code: PathwayCode) => {
    setError(null);
    save.mutate(
      {
        id: precheck.id,
        body: { step: 'documents', answers: answersWithTitle(code), version: precheck.version },
      },
      { onError: setError },
    );
  };

  // The preselected title is stored when moving on, so the review and the server agree.
  const goToReview = () => {
    setError(null);
    save.mutate(
      {
        id: precheck.id,
        body: { step: 'review', answers: answersWithTitle(title), version: precheck.version },
      },
      {
        onSuccess: () => navigate(`/prechecks/${precheck.id}/review`),
        onError: setError,
      },
    );
  };

  return (
    <div className="kern-stack-lg">
      <p className="kern-body">{t('precheckFiling.documents.intro')}</p>
      {assessment && title ? (
        <ResidenceTitleChoice
          assessment={assessment}
          open={openTitles}
          selected={title}
          disabled={save.isPending}
          onChange={chooseTitle}
        />
      ) : null}
      <GeneratedForms precheckId={precheck.id} />
      {assessment === null ? (
        <Alert variant="info" title={t('precheckFiling.documents.notReadyTitle')} headingLevel={3}>
          <p className="kern-body">{t('precheckFiling.documents.notReadyText')}</p>
          <ul className="kern-list kern-list--bullet">
            {precheck.missingAnswers.map((path) => {
              const step = stepOfPath(path);
              return (
                <li key={path}>
                  {step === 'hire' ? (
                    pathLabel(path)
                  ) : (
                    <TextLink to={`/prechecks/${precheck.id}/${step}`}>{pathLabel(path)}</TextLink>
                  )}
                </li>
              );
            })}
          </ul>
        </Alert>
      ) : (
        <section className="kern-stack" aria-labelledby="checklist-heading">
          <h3 className="kern-heading-small" id="checklist-heading">
            {t('precheckFiling.documents.checklistHeading')}
          </h3>
          <p className="kern-body" aria-live="polite">
            {save.isPending
              ? t('precheckFiling.documents.titleSaving')
              : t('precheckFiling.documents.progress', {
                  count: uploadedRequired,
                  total: required.length,
                })}
          </p>
          <ul className="app-documents">
            {requirements.map((requirement) => (
              <DocumentItem
                key={requirement.code}
                precheckId={precheck.id}
                requirement={requirement}
                document={uploadedByCode.get(requirement.code)}
                canChange={precheck.status === 'draft'}
              />
            ))}
          </ul>
        </section>
      )}
      {assessment ? <Glossary /> : null}
      {error ? (
        <Alert variant="danger" role="alert" title={t('prechecks.wizard.saveFailed')}>
          <p className="kern-body">{errorMessage(error)}</p>
        </Alert>
      ) : null}
      <ButtonGroup>
        <Button onClick={goToReview} disabled={save.isPending}>
          {save.isPending ? t('prechecks.wizard.saving') : t('prechecks.wizard.next')}
        </Button>
        <Button
          variant="tertiary"
          icon="chevron-left"
          onClick={() => navigate(`/prechecks/${precheck.id}/${previous}`)}
        >
          {t('prechecks.wizard.back')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
