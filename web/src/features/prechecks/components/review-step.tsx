import {
  acceleratedProcedureFeeEurPerPerson,
  checklistForResidenceTitle,
  type FieldError,
  findOccupation,
  type Hire,
  listMissingFormAnswers,
  type Precheck,
  pathwayLabels,
  resolveResidenceTitle,
  type SubmittedCase,
  type VerificationStatus,
} from '@itc/shared';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonGroup } from '../../../components/ui/button';
import { type DescriptionItem, DescriptionList } from '../../../components/ui/description-list';
import { FieldError as FieldErrorText } from '../../../components/ui/field-parts';
import { TextLink } from '../../../components/ui/text-link';
import { ApiError } from '../../../lib/api-client';
import { useErrorMessage, useFieldMessage } from '../../../lib/errors';
import { formatDate, formatEuro, formatNumber } from '../../../lib/format';
import { useCountryName, useLocale } from '../../../lib/use-country-options';
import { useSubmitPrecheck } from '../api/submit-precheck';
import { usePathLabel } from '../utils/use-path-label';
import { previousStep, stepOfPath } from '../utils/wizard-steps';

type SummarySectionProps = {
  number: number;
  title: string;
  items: DescriptionItem[];
  changeTo: string;
  changeLabel: string;
};

/** One KERN summary block with its "Ändern" link. */
function SummarySection({ number, title, items, changeTo, changeLabel }: SummarySectionProps) {
  return (
    <section className="kern-summary">
      <div className="kern-summary__header">
        <h3 className="kern-title kern-summary__title-wrapper">
          <span className="kern-number">{number}</span>
          {title}
        </h3>
      </div>
      <div className="kern-summary__body">
        <DescriptionList items={items} />
        <p className="kern-body">
          <TextLink to={changeTo}>{changeLabel}</TextLink>
        </p>
      </div>
    </section>
  );
}

type Gap = { path: string; text: string };

function isNotVerifiedError(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'organization_not_verified';
}

/** The server's list of gaps replaces the one known beforehand. */
function isIncompleteError(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'precheck_incomplete';
}

/** The checklist of the title applied for (the preselected one until the user chose). */
function chosenChecklist(precheck: Precheck) {
  const { assessment } = precheck;
  const title = assessment && resolveResidenceTitle(assessment, precheck.answers.residenceTitle);
  return {
    title,
    documents: title ? checklistForResidenceTitle(assessment.requiredDocuments, title) : [],
  };
}

/** What the server would refuse, known before the click (the server checks again). */
function useGaps(precheck: Precheck, hire: Hire): Gap[] {
  const { t } = useTranslation();
  const pathLabel = usePathLabel();
  const answerPaths = [...precheck.missingAnswers, ...listMissingFormAnswers(precheck.answers)];
  const gaps: Gap[] = answerPaths.map((path) => ({
    path,
    text: t('precheckFiling.review.gapAnswer', { question: pathLabel(path) }),
  }));
  const { startDate } = precheck.answers.job;
  if (startDate && hire.passportExpiry <= startDate) {
    gaps.push({ path: 'hire.passportExpiry', text: t('precheckFiling.review.gapPassport') });
  }
  if (precheck.assessment?.acceleratedProcedure.available && !precheck.answers.residenceTitle) {
    gaps.push({
      path: 'residenceTitle',
      text: t('precheckFiling.review.gapAnswer', { question: pathLabel('residenceTitle') }),
    });
  }
  const uploaded = new Set(precheck.documents.map((d) => d.requirementCode));
  for (const document of chosenChecklist(precheck).documents) {
    if (document.required && !uploaded.has(document.code)) {
      gaps.push({
        path: `documents.${document.code}`,
        text: t('precheckFiling.review.gapDocument', { document: document.label }),
      });
    }
  }
  return gaps;
}

function GapList({
  gaps,
  precheckId,
  hireEditTo,
}: {
  gaps: Gap[];
  precheckId: string;
  hireEditTo: string;
}) {
  return (
    <ul className="kern-list kern-list--bullet">
      {gaps.map((gap) => {
        const step = stepOfPath(gap.path);
        const to = step === 'hire' ? hireEditTo : `/prechecks/${precheckId}/${step}`;
        return (
          <li key={gap.path}>
            <TextLink to={to}>{gap.text}</TextLink>
          </li>
        );
      })}
    </ul>
  );
}

type ReviewStepProps = {
  precheck: Precheck;
  hire: Hire;
  hireEditTo: string;
  /** The employer's verification: a pending employer can prepare but not submit yet. */
  employerStatus: VerificationStatus | undefined;
  onSubmitted: (submitted: SubmittedCase) => unknown;
};

/** Step "Angaben prüfen": everything at a glance, with links to change it, then submit. */
export function ReviewStep({
  precheck,
  hire,
  hireEditTo,
  employerStatus,
  onSubmitted,
}: ReviewStepProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = useLocale();
  const countryName = useCountryName();
  const errorMessage = useErrorMessage();
  const submit = useSubmitPrecheck();
  const gaps = useGaps(precheck, hire);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [declared, setDeclared] = useState(false);
  const [declarationMissing, setDeclarationMissing] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const declarationRef = useRef<HTMLInputElement>(null);
  const checklist = chosenChecklist(precheck);
  const persons = 1 + hire.familyMembers.length;
  const { answers } = precheck;
  const { job } = answers;
  const stepTo = (step: string) => `/prechecks/${precheck.id}/${step}`;
  const missing = t('precheckFiling.review.notAnswered');
  const yesNo = (value: boolean | null) =>
    value === null ? missing : value ? t('common.yes') : t('common.no');
  const text = (value: string | null) => value || missing;
  const occupation = job.iscoCode ? findOccupation(job.iscoCode) : undefined;
  const { qualification } = hire;
  const previous = previousStep('review', job.regulated) ?? 'documents';

  const onSubmit = () => {
    setSubmitError(null);
    if (!declared) {
      setDeclarationMissing(true);
      declarationRef.current?.focus();
      return;
    }
    submit.mutate(
      { id: precheck.id, body: { version: precheck.version, declaration: true } },
      {
        onSuccess: onSubmitted,
        onError: (error) => {
          setSubmitError(error);
          setTimeout(() => errorRef.current?.focus(), 0);
        },
      },
    );
  };

  const sections: Omit<SummarySectionProps, 'number'>[] = [
    {
      title: t('precheckFiling.review.hireHeading'),
      changeTo: hireEditTo,
      changeLabel: t('precheckFiling.review.changeHire'),
      items: [
        {
          key: 'name',
          label: t('precheckFiling.review.name'),
          value: `${hire.givenNames} ${hire.familyName}`,
        },
        {
          key: 'dob',
          label: t('prechecks.pathLabels.dateOfBirth'),
          value: formatDate(hire.dateOfBirth),
        },
        {
          key: 'nationality',
          label: t('precheckFiling.review.nationality'),
          value: countryName(hire.nationality),
        },
        {
          key: 'passport',
          label: t('prechecks.pathLabels.passportExpiry'),
          value: formatDate(hire.passportExpiry),
        },
        {
          key: 'family',
          label: t('precheckFiling.review.familyMembers'),
          value: String(hire.familyMembers.length),
        },
      ],
    },
    {
      title: t('prechecks.steps.job'),
      changeTo: stepTo('job'),
      changeLabel: t('precheckFiling.review.changeJob'),
      items: [
        { key: 'title', label: t('prechecks.job.title'), value: text(job.title) },
        {
          key: 'occupation',
          label: t('prechecks.job.occupation'),
          value: occupation
            ? `${locale === 'de' ? occupation.titleDe : occupation.titleEn} (${occupation.code})`
            : text(job.iscoCode),
        },
        {
          key: 'hours',
          label: t('prechecks.job.weeklyHours'),
          value: job.weeklyHours === null ? missing : formatNumber(job.weeklyHours, locale),
        },
        {
          key: 'salary',
          label: t('prechecks.job.salary'),
          value: job.annualGrossSalaryEur === null ? missing : formatEuro(job.annualGrossSalaryEur),
        },
        {
          key: 'start',
          label: t('prechecks.job.startDate'),
          value: job.startDate ? formatDate(job.startDate) : missing,
        },
        { key: 'place', label: t('prechecks.job.placeOfWork'), value: text(job.placeOfWork) },
        {
          key: 'permanent',
          label: t('prechecks.job.permanent'),
          value:
            job.permanent === null
              ? missing
              : job.permanent
                ? t('prechecks.job.permanentYes')
                : t('prechecks.job.permanentNo'),
        },
        {
          key: 'agreement',
          label: t('prechecks.job.collectiveAgreement'),
          value: yesNo(job.collectiveAgreement),
        },
        {
          key: 'matches',
          label: t('prechecks.job.matchesQualification'),
          value: yesNo(job.matchesQualification),
        },
        {
          key: 'first',
          label: t('prechecks.job.firstResidenceTitle'),
          value: yesNo(answers.firstResidenceTitleForWork),
        },
        ...(answers.pensionProvision === null
          ? []
          : [
              {
                key: 'pension',
                label: t('prechecks.job.pensionProvision'),
                value: yesNo(answers.pensionProvision),
              },
            ]),
      ],
    },
    {
      title: t('prechecks.steps.qualification'),
      changeTo: stepTo('qualification'),
      changeLabel: t('precheckFiling.review.changeQualification'),
      items: [
        {
          key: 'level',
          label: t('qualification.level.legend'),
          value: [
            t(`qualification.level.${qualification.level}`),
            qualification.title,
            qualification.country ? countryName(qualification.country) : null,
            qualification.completedYear,
          ]
            .filter(Boolean)
            .join(' · '),
        },
        ...(qualification.level === 'none'
          ? []
          : [
              {
                key: 'training',
                label: t('qualification.trainingYears'),
                value:
                  qualification.trainingYears === null
                    ? '–'
                    : formatNumber(qualification.trainingYears, locale),
              },
              {
                key: 'stateRecognised',
                label: t('qualification.stateRecognisedAbroad'),
                value: yesNo(qualification.stateRecognisedAbroad),
              },
              {
                key: 'recognition',
                label: t('qualification.recognition.legend'),
                value: t(`qualification.recognition.${qualification.recognition}`),
              },
            ]),
        {
          key: 'german',
          label: t('qualification.germanLevel'),
          value: t(`qualification.germanLevels.${hire.germanLevel}`),
        },
        {
          key: 'experience',
          label: t('qualification.experienceYears'),
          value: formatNumber(hire.experienceYears, locale),
        },
      ],
    },
    ...(job.regulated
      ? [
          {
            title: t('prechecks.steps.licence'),
            changeTo: stepTo('licence'),
            changeLabel: t('precheckFiling.review.changeLicence'),
            items: [
              {
                key: 'licence',
                label: t('prechecks.licence.question'),
                value: answers.licence ? t(`prechecks.licence.${answers.licence}`) : missing,
              },
            ],
          },
        ]
      : []),
    {
      title: t('prechecks.steps.documents'),
      changeTo: stepTo('documents'),
      changeLabel: t('precheckFiling.review.changeDocuments'),
      items: [
        {
          key: 'residenceTitle',
          label: t('precheckFiling.review.residenceTitle'),
          value: checklist.title ? pathwayLabels[checklist.title][locale] : missing,
        },
        ...checklist.documents.map((document) => {
          const uploaded = precheck.documents.find((d) => d.requirementCode === document.code);
          return {
            key: document.code,
            label: document.label,
            value: uploaded
              ? uploaded.fileName
              : document.required
                ? t('precheckFiling.documents.statusMissing')
                : t('precheckFiling.documents.notUploadedOptional'),
          };
        }),
      ],
    },
  ];

  return (
    <div className="kern-stack-lg">
      <p className="kern-body">{t('precheckFiling.review.intro')}</p>
      <div className="kern-stack">
        {sections.map((section, index) => (
          <SummarySection key={section.title} number={index + 1} {...section} />
        ))}
      </div>
      {gaps.length > 0 && !isIncompleteError(submitError) ? (
        <Alert variant="warning" title={t('precheckFiling.review.gapsTitle')} headingLevel={3}>
          <p className="kern-body">{t('precheckFiling.review.gapsText')}</p>
          <GapList gaps={gaps} precheckId={precheck.id} hireEditTo={hireEditTo} />
        </Alert>
      ) : null}
      {precheck.assessment && !precheck.assessment.acceleratedProcedure.available ? (
        <Alert
          variant="warning"
          title={t('precheckFiling.review.notEligibleTitle')}
          headingLevel={3}
        >
          <p className="kern-body">{t('errors.precheck_not_eligible')}</p>
        </Alert>
      ) : null}
      {employerStatus === 'pending' && !isNotVerifiedError(submitError) ? (
        <Alert
          id="submit-pending-note"
          variant="info"
          title={t('precheckFiling.review.pendingTitle')}
          headingLevel={3}
        >
          <p className="kern-body">{t('precheckFiling.review.pendingText')}</p>
        </Alert>
      ) : null}
      {submitError ? (
        <SubmitError
          error={submitError}
          errorRef={errorRef}
          precheckId={precheck.id}
          hireEditTo={hireEditTo}
          errorMessage={errorMessage}
        />
      ) : null}
      <section className="kern-stack-sm" aria-labelledby="submit-heading">
        <h3 className="kern-heading-small" id="submit-heading">
          {t('precheckFiling.review.submitHeading')}
        </h3>
        <p className="kern-body">{t('precheckFiling.review.submitText')}</p>
        <fieldset
          className={declarationMissing ? 'kern-fieldset kern-fieldset--error' : 'kern-fieldset'}
        >
          <legend className="kern-label">{t('prechecks.pathLabels.declaration')}</legend>
          <div className="kern-fieldset__body">
            <div className="kern-form-check">
              <input
                ref={declarationRef}
                id="precheck-declaration"
                type="checkbox"
                className={
                  declarationMissing
                    ? 'kern-form-check__checkbox kern-form-check__checkbox--error'
                    : 'kern-form-check__checkbox'
                }
                checked={declared}
                aria-invalid={declarationMissing ? true : undefined}
                aria-describedby={declarationMissing ? 'precheck-declaration-error' : undefined}
                onChange={(event) => {
                  setDeclared(event.target.checked);
                  if (event.target.checked) setDeclarationMissing(false);
                }}
              />
              <label className="kern-label" htmlFor="precheck-declaration">
                {t('precheckFiling.review.declaration', {
                  count: persons,
                  fee: formatEuro(acceleratedProcedureFeeEurPerPerson),
                  total: formatEuro(acceleratedProcedureFeeEurPerPerson * persons),
                })}
              </label>
            </div>
          </div>
          {declarationMissing ? (
            <FieldErrorText id="precheck-declaration-error">
              {t('precheckFiling.review.declarationMissing')}
            </FieldErrorText>
          ) : null}
        </fieldset>
        <ButtonGroup>
          <Button
            icon="check"
            onClick={onSubmit}
            disabled={submit.isPending}
            aria-describedby={
              employerStatus === 'pending' && !isNotVerifiedError(submitError)
                ? 'submit-pending-note'
                : undefined
            }
          >
            {submit.isPending
              ? t('precheckFiling.review.submitting')
              : t('precheckFiling.review.submit')}
          </Button>
          <Button variant="tertiary" icon="chevron-left" onClick={() => navigate(stepTo(previous))}>
            {t('prechecks.wizard.back')}
          </Button>
        </ButtonGroup>
      </section>
    </div>
  );
}

function SubmitError({
  error,
  errorRef,
  precheckId,
  hireEditTo,
  errorMessage,
}: {
  error: unknown;
  errorRef: React.RefObject<HTMLDivElement | null>;
  precheckId: string;
  hireEditTo: string;
  errorMessage: (error: unknown) => string;
}) {
  const { t } = useTranslation();
  const pathLabel = usePathLabel();
  const fieldMessage = useFieldMessage();
  let title: string = t('precheckFiling.review.submitFailed');
  let body: ReactNode = <p className="kern-body">{errorMessage(error)}</p>;
  if (error instanceof ApiError && error.code === 'organization_not_verified') {
    title = t('precheckFiling.review.notVerifiedTitle');
    body = (
      <>
        <p className="kern-body">{t('precheckFiling.review.notVerifiedText')}</p>
        <p className="kern-body">{t('precheckFiling.review.notVerifiedDraft')}</p>
      </>
    );
  } else if (error instanceof ApiError && error.code === 'precheck_incomplete') {
    const gaps = (error.problem.errors ?? []).map((fieldError: FieldError) => ({
      path: fieldError.path,
      // Document gaps name the document; answer gaps only say "please answer".
      text: fieldError.path.startsWith('documents.')
        ? fieldError.message
        : `${pathLabel(fieldError.path)}: ${fieldMessage(fieldError.code ?? fieldError.message)}`,
    }));
    body = (
      <>
        <p className="kern-body">{errorMessage(error)}</p>
        <GapList gaps={gaps} precheckId={precheckId} hireEditTo={hireEditTo} />
      </>
    );
  }
  return (
    <Alert
      ref={errorRef}
      tabIndex={-1}
      variant={error instanceof ApiError && error.status === 403 ? 'info' : 'danger'}
      role="alert"
      title={title}
      headingLevel={3}
    >
      {body}
    </Alert>
  );
}
