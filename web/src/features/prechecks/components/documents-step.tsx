import type { Precheck } from '@itc/shared';
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

/** The prefilled forms to sign: the Vollmacht and the job data sheet (order of the BA form). */
function GeneratedForms({ precheckId }: { precheckId: string }) {
  const { t } = useTranslation();
  return (
    <section className="app-panel kern-stack-sm" aria-labelledby="generated-forms-heading">
      <h3 className="kern-heading-small" id="generated-forms-heading">
        {t('prechecks.documents.formsHeading')}
      </h3>
      <p className="kern-body">{t('prechecks.documents.formsIntro')}</p>
      <ul className="kern-list">
        <li>
          <a className="kern-link" href={fileLinks.powerOfAttorney(precheckId)}>
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            {t('prechecks.documents.powerOfAttorney')}
          </a>
        </li>
        <li>
          <a className="kern-link" href={fileLinks.jobDataSheet(precheckId)}>
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            {t('prechecks.documents.jobDataSheet')}
          </a>
        </li>
      </ul>
    </section>
  );
}

/** Step "Unterlagen": the checklist follows the pathways the server's assessment opens. */
export function DocumentsStep({ precheck }: { precheck: Precheck }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const pathLabel = usePathLabel();
  const save = useSavePrecheck();
  const [error, setError] = useState<unknown>(null);
  const requirements = precheck.assessment?.requiredDocuments ?? [];
  const uploadedByCode = new Map(precheck.documents.map((d) => [d.requirementCode, d]));
  const required = requirements.filter((r) => r.required);
  const uploadedRequired = required.filter((r) => uploadedByCode.has(r.code)).length;
  const previous = previousStep('documents', precheck.answers.job.regulated) ?? 'job';

  const goToReview = () => {
    setError(null);
    save.mutate(
      {
        id: precheck.id,
        body: { step: 'review', answers: precheck.answers, version: precheck.version },
      },
      {
        onSuccess: () => navigate(`/prechecks/${precheck.id}/review`),
        onError: setError,
      },
    );
  };

  return (
    <div className="kern-stack-lg">
      <p className="kern-body">{t('prechecks.documents.intro')}</p>
      <GeneratedForms precheckId={precheck.id} />
      {precheck.assessment === null ? (
        <Alert variant="info" title={t('prechecks.documents.notReadyTitle')} headingLevel={3}>
          <p className="kern-body">{t('prechecks.documents.notReadyText')}</p>
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
            {t('prechecks.documents.checklistHeading')}
          </h3>
          <p className="kern-body" aria-live="polite">
            {t('prechecks.documents.progress', {
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
