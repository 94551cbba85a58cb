import {
  type Hire,
  type Precheck,
  type PrecheckStep,
  precheckStepSchema,
  resolveResidenceTitle,
  type SubmittedCase,
  type UpdateHire,
  type VerificationStatus,
} from '@itc/shared';
import { type ReactNode, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { Spinner } from '../../../components/ui/spinner';
import { TextLink } from '../../../components/ui/text-link';
import { lazyComponent } from '../../../lib/lazy-component';
import { useLazyModule } from '../../../lib/lazy-module';
import { useLocale } from '../../../lib/use-country-options';
import { AssessmentPanel } from '../components/assessment-panel';
import { AssessmentSummaryBar } from '../components/assessment-summary-bar';
import { StepNav } from '../components/step-nav';
import { type FormStep, WizardStepForm } from '../components/wizard-step-form';
import { applyRules, precheckRules, prepareLive, prepareStored } from '../utils/live-assessment';
import { fieldLink } from '../utils/use-focus-field-from-hash';
import { readLiveValues, toWizardFormValues } from '../utils/wizard-form';
import { fieldNameOfPath, stepOfPath, wizardSteps } from '../utils/wizard-steps';

type PrecheckWizardPageProps = {
  precheck: Precheck;
  hire: Hire;
  /** The step from the address; an unknown one leads to the saved step. */
  step: string;
  /** The hire's data with an edit link (from the hires feature), shown in the first step. */
  hireSummary: ReactNode;
  hireEditTo: string;
  employerStatus: VerificationStatus | undefined;
  onUpdateHire: (body: UpdateHire) => Promise<Hire>;
  onSubmitted: (submitted: SubmittedCase) => unknown;
};

// The wizard opens on a question step; the upload and review steps load when they are reached.
const DocumentsStep = lazyComponent(() => import('../components/documents-step'), 'DocumentsStep');
const ReviewStep = lazyComponent(() => import('../components/review-step'), 'ReviewStep');

const formSteps: readonly PrecheckStep[] = ['job', 'qualification', 'licence'];

function isFormStep(step: PrecheckStep): step is FormStep {
  return formSteps.includes(step);
}

/** The pre-check wizard: steps, the step's form or list, and the assessment beside it. */
export function PrecheckWizardPage({
  precheck,
  hire,
  step: stepParam,
  hireSummary,
  hireEditTo,
  employerStatus,
  onUpdateHire,
  onSubmitted,
}: PrecheckWizardPageProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [live, setLive] = useState<{ step: string; values: unknown } | null>(null);
  const onLiveValues = useCallback(
    (values: unknown) => setLive({ step: stepParam, values }),
    [stepParam],
  );
  const parsedStep = precheckStepSchema.safeParse(stepParam);
  const step = parsedStep.success ? parsedStep.data : null;

  const liveValues = useMemo(() => {
    if (!step || !isFormStep(step)) return null;
    const values =
      live?.step === step ? live.values : toWizardFormValues(precheck.answers, hire, locale);
    return readLiveValues(values, hire, locale);
  }, [live, step, precheck.answers, hire, locale]);
  const prepared = liveValues
    ? prepareLive(liveValues, locale)
    : prepareStored(precheck.assessment, precheck.missingAnswers, hire, precheck.answers, locale);
  const rules = useLazyModule(precheckRules, prepared.kind === 'assessable');
  const view = applyRules(prepared, rules);

  if (precheck.status === 'submitted') {
    return <Navigate to={`/prechecks/${precheck.id}/submitted`} replace />;
  }
  if (!step) return <Navigate to={`/prechecks/${precheck.id}/${precheck.step}`} replace />;
  if (step === 'licence' && precheck.answers.job.regulated !== true) {
    return <Navigate to={`/prechecks/${precheck.id}/documents`} replace />;
  }

  const regulated = liveValues ? liveValues.answers.job.regulated : precheck.answers.job.regulated;
  const steps = wizardSteps(regulated);
  const stepNumber = steps.indexOf(step) + 1;
  const name = `${hire.givenNames} ${hire.familyName}`;
  const stepLabel = t(`prechecks.steps.${step}`);
  const linkToPath = (path: string) => {
    const target = stepOfPath(path);
    if (target === 'hire') return hireEditTo;
    return fieldLink(`/prechecks/${precheck.id}/${target}`, fieldNameOfPath(path));
  };
  const answers = liveValues ? liveValues.answers : precheck.answers;
  const startDate = answers.job.startDate;
  const passportExpiresBeforeStart =
    startDate && hire.passportExpiry <= startDate ? hire.passportExpiry : null;
  // While typing, the checklist is not in view; afterwards the panel follows the chosen title.
  const residenceTitle =
    !liveValues && precheck.assessment
      ? resolveResidenceTitle(precheck.assessment, precheck.answers.residenceTitle)
      : null;

  return (
    <div className="kern-stack-lg">
      <TextLink to={`/hires/${hire.id}`}>{t('prechecks.wizard.backToHire', { name })}</TextLink>
      <PageHeading
        title={t('prechecks.wizard.title', { name })}
        documentTitle={`${stepLabel} – ${t('prechecks.wizard.title', { name })}`}
        preline={t('prechecks.wizard.stepOf', {
          number: stepNumber,
          total: steps.length,
          step: stepLabel,
        })}
      />
      <StepNav precheckId={precheck.id} steps={steps} current={step} />
      <div className="app-wizard">
        <div className="app-wizard__main kern-stack">
          <AssessmentSummaryBar view={view} />
          <h2 className="kern-heading-medium">{stepLabel}</h2>
          {isFormStep(step) ? (
            <WizardStepForm
              key={step}
              precheck={precheck}
              hire={hire}
              step={step}
              hireSummary={
                step === 'job' ? (
                  <section
                    className="app-panel kern-stack-sm"
                    aria-labelledby="hire-summary-heading"
                  >
                    <h3 className="kern-heading-small" id="hire-summary-heading">
                      {t('prechecks.wizard.hireHeading')}
                    </h3>
                    {hireSummary}
                    <p className="kern-body">
                      <TextLink to={hireEditTo}>{t('prechecks.wizard.editHire')}</TextLink>
                    </p>
                  </section>
                ) : null
              }
              onLiveValues={onLiveValues}
              onUpdateHire={onUpdateHire}
            />
          ) : null}
          <Suspense fallback={<Spinner />}>
            {step === 'documents' ? <DocumentsStep precheck={precheck} /> : null}
            {step === 'review' ? (
              <ReviewStep
                precheck={precheck}
                hire={hire}
                hireEditTo={hireEditTo}
                employerStatus={employerStatus}
                onSubmitted={onSubmitted}
              />
            ) : null}
          </Suspense>
        </div>
        <AssessmentPanel
          view={view}
          source={liveValues ? 'live' : 'server'}
          linkToPath={linkToPath}
          passportExpiresBeforeStart={passportExpiresBeforeStart}
          residenceTitle={residenceTitle}
        />
      </div>
    </div>
  );
}
