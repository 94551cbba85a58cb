import type { Hire, HireInput, Precheck, PrecheckStep, UpdateHire } from '@itc/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Form, FormFieldErrors } from '../../../components/ui/form';
import { useClock } from '../../../lib/clock';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';
import { useSavePrecheck } from '../api/save-precheck';
import { assessNow, keepOpenResidenceTitle, prepareLive } from '../utils/live-assessment';
import { useFocusFieldFromHash } from '../utils/use-focus-field-from-hash';
import {
  createWizardFormSchema,
  listUnansweredInStep,
  toWizardFormValues,
  type WizardFormOutput,
} from '../utils/wizard-form';
import { nextStep, previousStep } from '../utils/wizard-steps';
import { JobStepFields } from './job-step-fields';
import { LicenceStepFields } from './licence-step-fields';
import { QualificationStepFields } from './qualification-step-fields';
import { UnsavedChangesGuard } from './unsaved-changes-guard';

export type FormStep = Extract<PrecheckStep, 'job' | 'qualification' | 'licence'>;

/** Reports the form's values to the wizard, which runs the live assessment beside the form. */
function LiveValuesReporter({ onChange }: { onChange: (values: unknown) => void }) {
  const values = useWatch();
  useEffect(() => onChange(values), [values, onChange]);
  return null;
}

function SecondaryActions({ hasPrevious }: { hasPrevious: boolean }) {
  const { t } = useTranslation();
  const { isSubmitting } = useFormState();
  return (
    <>
      <Button type="submit" variant="secondary" name="intent" value="draft" disabled={isSubmitting}>
        {t('prechecks.wizard.saveDraft')}
      </Button>
      {hasPrevious ? (
        <Button
          type="submit"
          variant="tertiary"
          name="intent"
          value="back"
          icon="chevron-left"
          disabled={isSubmitting}
        >
          {t('prechecks.wizard.back')}
        </Button>
      ) : null}
    </>
  );
}

/** The hire's own data without what the server adds (id, status, version, …). */
export function toHireInput(hire: Hire): HireInput {
  const {
    id: _id,
    organizationId: _organizationId,
    organizationName: _organizationName,
    status: _status,
    version: _version,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    ...input
  } = hire;
  return input;
}

function hireDataChanged(hire: Hire, values: WizardFormOutput['hire']): boolean {
  const keys = Object.keys(values.qualification) as (keyof Hire['qualification'])[];
  return (
    hire.germanLevel !== values.germanLevel ||
    hire.experienceYears !== values.experienceYears ||
    keys.some((key) => hire.qualification[key] !== values.qualification[key])
  );
}

type WizardStepFormProps = {
  precheck: Precheck;
  hire: Hire;
  step: FormStep;
  /** The hire's summary with an edit link, shown in the first step. */
  hireSummary?: React.ReactNode;
  onLiveValues: (values: unknown) => void;
  onUpdateHire: (body: UpdateHire) => Promise<Hire>;
};

/**
 * One step of the wizard as a form. "Weiter" asks for the step's answers, saves and moves on;
 * "Entwurf speichern" saves as it is; "Zurück" saves and goes back. The server evaluates again
 * on every save.
 */
export function WizardStepForm({
  precheck,
  hire,
  step,
  hireSummary,
  onLiveValues,
  onUpdateHire,
}: WizardStepFormProps) {
  const { t } = useTranslation();
  const clock = useClock();
  const locale = useLocale();
  const navigate = useNavigate();
  const save = useSavePrecheck();
  const bypass = useRef(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => createWizardFormSchema(locale), [locale]);
  // The form starts from the saved draft when the step opens; later saves keep what is typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: deliberately only on opening
  const defaultValues = useMemo(() => toWizardFormValues(precheck.answers, hire, locale), []);
  const previous = previousStep(step, precheck.answers.job.regulated);
  useFocusFieldFromHash();

  return (
    <Form
      schema={schema}
      idPrefix="precheck"
      defaultValues={defaultValues}
      submitLabel={t('prechecks.wizard.next')}
      submittingLabel={t('prechecks.wizard.saving')}
      secondaryActions={<SecondaryActions hasPrevious={previous !== null} />}
      onSubmit={async (values, form, { intent }) => {
        if (intent === undefined) {
          const unanswered = listUnansweredInStep(step, values, hire.dateOfBirth);
          if (unanswered.length > 0) {
            throw new FormFieldErrors(
              unanswered.map((path) => ({ path, message: 'answer_missing' })),
            );
          }
        }
        if (hireDataChanged(hire, values.hire)) {
          await onUpdateHire({ ...toHireInput(hire), ...values.hire, version: hire.version });
        }
        const target =
          intent === 'back'
            ? (previous ?? step)
            : intent === 'draft'
              ? step
              : nextStep(step, values.answers.job.regulated);
        const view = await assessNow(
          prepareLive(
            {
              answers: values.answers,
              hire: { ...toHireInput(hire), ...values.hire },
              missingHireFields: [],
            },
            locale,
          ),
        );
        const residenceTitle = keepOpenResidenceTitle(precheck.answers.residenceTitle, view);
        await save.mutateAsync({
          id: precheck.id,
          body: {
            step: target,
            answers: { ...values.answers, ...(residenceTitle ? { residenceTitle } : {}) },
            version: precheck.version,
          },
        });
        form.reset(form.getValues());
        if (intent === 'draft') {
          setSavedAt(clock.now().toISOString());
          setTimeout(() => savedRef.current?.focus(), 0);
          return;
        }
        bypass.current = true;
        await navigate(`/prechecks/${precheck.id}/${target}`);
      }}
    >
      <UnsavedChangesGuard bypass={bypass} />
      <LiveValuesReporter onChange={onLiveValues} />
      {savedAt ? (
        <Alert
          ref={savedRef}
          tabIndex={-1}
          variant="success"
          role="status"
          title={t('prechecks.wizard.draftSaved', { time: formatDateTime(savedAt) })}
        />
      ) : null}
      {hireSummary}
      {step === 'job' ? <JobStepFields hire={hire} /> : null}
      {step === 'qualification' ? <QualificationStepFields /> : null}
      {step === 'licence' ? <LicenceStepFields /> : null}
    </Form>
  );
}
