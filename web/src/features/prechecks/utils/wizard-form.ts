import {
  asksPensionProvision,
  type Hire,
  type HireInput,
  hireInputSchema,
  type Locale,
  occupationFlags,
  type PrecheckAnswers,
  type PrecheckStep,
  precheckAnswersSchema,
} from '@itc/shared';
import { z } from 'zod';
import {
  booleanFromChoice,
  booleanToChoice,
  numberFromText,
  numberToText,
  textOrBlank,
} from '../../../lib/form-values';
import {
  clearWithoutQualification,
  experienceYearsFormSchema,
  qualificationFieldsSchema,
  qualificationFormSchema,
  toExperienceFormValues,
  toQualificationFormValues,
} from '../../../lib/qualification-form';

const jobShape = precheckAnswersSchema.shape.job.shape;
const answersShape = precheckAnswersSchema.shape;

/** The job flags follow the chosen ISCO occupation (shortage, IT specialist, regulated). */
export function applyOccupationFlags(answers: PrecheckAnswers): PrecheckAnswers {
  const flags = answers.job.iscoCode ? occupationFlags(answers.job.iscoCode) : undefined;
  return flags ? { ...answers, job: { ...answers.job, ...flags } } : answers;
}

/** Answer fields converted from text, one schema per field (also used for the live values). */
function answersFieldsSchema(locale: Locale) {
  return precheckAnswersSchema.extend({
    job: precheckAnswersSchema.shape.job.extend({
      title: textOrBlank(jobShape.title),
      iscoCode: textOrBlank(jobShape.iscoCode),
      weeklyHours: numberFromText(jobShape.weeklyHours, locale),
      annualGrossSalaryEur: numberFromText(jobShape.annualGrossSalaryEur, locale),
      startDate: textOrBlank(jobShape.startDate),
      placeOfWork: textOrBlank(jobShape.placeOfWork),
      permanent: booleanFromChoice(jobShape.permanent),
      collectiveAgreement: booleanFromChoice(jobShape.collectiveAgreement),
      matchesQualification: booleanFromChoice(jobShape.matchesQualification),
      shortageOccupation: booleanFromChoice(jobShape.shortageOccupation),
      itSpecialist: booleanFromChoice(jobShape.itSpecialist),
      regulated: booleanFromChoice(jobShape.regulated),
    }),
    licence: textOrBlank(answersShape.licence),
    firstResidenceTitleForWork: booleanFromChoice(answersShape.firstResidenceTitleForWork),
    pensionProvision: booleanFromChoice(answersShape.pensionProvision),
  });
}

/** The hire's own data the wizard asks for again: qualification, German, experience. */
const hireStepShape = hireInputSchema.pick({
  qualification: true,
  germanLevel: true,
  experienceYears: true,
});

/**
 * One form over the wizard's answers and the hire's qualification data; each step shows its
 * part. Every answer may stay empty in a draft; "Weiter" asks for the step's answers.
 */
export function createWizardFormSchema(locale: Locale) {
  return z.object({
    answers: answersFieldsSchema(locale).transform(applyOccupationFlags),
    hire: hireStepShape.extend({
      germanLevel: textOrBlank(hireStepShape.shape.germanLevel),
      qualification: qualificationFormSchema(locale),
      experienceYears: experienceYearsFormSchema(locale),
    }),
  });
}

export type WizardFormSchema = ReturnType<typeof createWizardFormSchema>;
export type WizardFormOutput = z.output<WizardFormSchema>;
export type WizardFormValues = ReturnType<typeof toWizardFormValues>;

export function toWizardFormValues(answers: PrecheckAnswers, hire: Hire, locale: Locale) {
  const { job } = answers;
  return {
    answers: {
      job: {
        title: job.title ?? '',
        iscoCode: job.iscoCode ?? '',
        weeklyHours: numberToText(job.weeklyHours, locale),
        annualGrossSalaryEur: numberToText(job.annualGrossSalaryEur, locale, { grouping: true }),
        startDate: job.startDate ?? '',
        placeOfWork: job.placeOfWork ?? '',
        permanent: booleanToChoice(job.permanent),
        collectiveAgreement: booleanToChoice(job.collectiveAgreement),
        matchesQualification: booleanToChoice(job.matchesQualification),
        shortageOccupation: booleanToChoice(job.shortageOccupation),
        itSpecialist: booleanToChoice(job.itSpecialist),
        regulated: booleanToChoice(job.regulated),
      },
      licence: answers.licence ?? '',
      firstResidenceTitleForWork: booleanToChoice(answers.firstResidenceTitleForWork),
      pensionProvision: booleanToChoice(answers.pensionProvision),
    },
    hire: {
      qualification: toQualificationFormValues(hire.qualification, locale),
      ...toExperienceFormValues(hire, locale),
    },
  };
}

type AnyObject = Record<string, unknown>;

/** Each field on its own: what is not (yet) valid counts as not answered. */
function parseFieldByField(schema: z.ZodObject, value: unknown): AnyObject {
  const source = (value && typeof value === 'object' ? value : {}) as AnyObject;
  const result: AnyObject = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    if (field instanceof z.ZodObject) {
      result[key] = parseFieldByField(field, source[key]);
    } else {
      const parsed = (field as z.ZodType).safeParse(source[key]);
      result[key] = parsed.success ? (parsed.data ?? null) : null;
    }
  }
  return result;
}

export type LiveValues = {
  answers: PrecheckAnswers;
  hire: HireInput;
  /** Hire fields the rules need that are empty or not valid right now. */
  missingHireFields: string[];
};

/** The form's current text read leniently, for the assessment that updates while typing. */
export function readLiveValues(values: unknown, hire: Hire, locale: Locale): LiveValues {
  const source = (values ?? {}) as { answers?: unknown; hire?: AnyObject };
  const answers = applyOccupationFlags(
    parseFieldByField(answersFieldsSchema(locale), source.answers) as PrecheckAnswers,
  );
  const hireSource = source.hire ?? {};
  const qualification = clearWithoutQualification(
    parseFieldByField(qualificationFieldsSchema(locale), hireSource.qualification),
  ) as AnyObject;
  const germanLevel = hireStepShape.shape.germanLevel.safeParse(hireSource.germanLevel);
  const experienceYears = experienceYearsFormSchema(locale).safeParse(hireSource.experienceYears);
  const missingHireFields: string[] = [];
  if (!qualification.level) missingHireFields.push('hire.qualification.level');
  if (qualification.level !== 'none' && !qualification.recognition) {
    missingHireFields.push('hire.qualification.recognition');
  }
  if (qualification.level !== 'none' && qualification.stateRecognisedAbroad === null) {
    missingHireFields.push('hire.qualification.stateRecognisedAbroad');
  }
  if (!germanLevel.success) missingHireFields.push('hire.germanLevel');
  if (!experienceYears.success) missingHireFields.push('hire.experienceYears');
  const merged: HireInput = {
    ...hire,
    qualification: {
      ...hire.qualification,
      ...qualification,
      stateRecognisedAbroad: qualification.stateRecognisedAbroad === true,
    } as HireInput['qualification'],
    germanLevel: germanLevel.success ? germanLevel.data : hire.germanLevel,
    experienceYears: experienceYears.success ? experienceYears.data : hire.experienceYears,
  };
  return { answers, hire: merged, missingHireFields };
}

/** Dotted form paths of the step's questions that are still unanswered. */
export function listUnansweredInStep(
  step: PrecheckStep,
  { answers, hire }: WizardFormOutput,
  dateOfBirth: string,
): string[] {
  const empty = (value: unknown) => value === null || value === undefined || value === '';
  const unanswered: string[] = [];
  if (step === 'job') {
    const { job } = answers;
    for (const key of [
      'title',
      'iscoCode',
      'weeklyHours',
      'annualGrossSalaryEur',
      'startDate',
      'placeOfWork',
      'permanent',
      'collectiveAgreement',
      'matchesQualification',
    ] as const) {
      if (empty(job[key])) unanswered.push(`answers.job.${key}`);
    }
    if (empty(answers.firstResidenceTitleForWork)) {
      unanswered.push('answers.firstResidenceTitleForWork');
    }
    if (
      asksPensionProvision(dateOfBirth, answers.job.startDate) &&
      empty(answers.pensionProvision)
    ) {
      unanswered.push('answers.pensionProvision');
    }
  }
  if (step === 'qualification' && hire.qualification.level !== 'none') {
    if (empty(hire.qualification.completedYear)) {
      unanswered.push('hire.qualification.completedYear');
    }
  }
  if (step === 'licence' && empty(answers.licence)) unanswered.push('answers.licence');
  return unanswered;
}
