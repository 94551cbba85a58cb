import {
  type HireInput,
  type HireQualification,
  hireInputSchema,
  hireQualificationSchema,
  type Locale,
} from '@itc/shared';
import { z } from 'zod';
import {
  booleanFromChoice,
  booleanToChoice,
  numberFromText,
  numberToText,
  textOrBlank,
} from './form-values';

const shape = hireQualificationSchema.shape;

/**
 * Without a qualification there is nothing to date or recognise: values left in the hidden
 * fields do not count.
 */
export function clearWithoutQualification(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const qualification = value as Record<string, unknown>;
  if (qualification.level !== 'none') return qualification;
  return {
    ...qualification,
    title: null,
    country: null,
    completedYear: null,
    trainingYears: null,
    stateRecognisedAbroad: false,
    recognition: 'none',
  };
}

/** The shared qualification schema with its text fields converted (field by field). */
export function qualificationFieldsSchema(locale: Locale) {
  return hireQualificationSchema.extend({
    title: textOrBlank(shape.title),
    country: textOrBlank(shape.country),
    completedYear: numberFromText(shape.completedYear, locale),
    trainingYears: numberFromText(shape.trainingYears, locale),
    stateRecognisedAbroad: booleanFromChoice(shape.stateRecognisedAbroad),
  });
}

/** The qualification as the hire form and the pre-check wizard ask for it. */
export function qualificationFormSchema(locale: Locale) {
  return z.preprocess(clearWithoutQualification, qualificationFieldsSchema(locale));
}

/** German level and experience, as asked next to the qualification. */
export function experienceYearsFormSchema(locale: Locale) {
  return numberFromText(hireInputSchema.shape.experienceYears, locale);
}

export function toQualificationFormValues(
  qualification: HireQualification | undefined,
  locale: Locale,
) {
  return {
    level: qualification?.level ?? '',
    title: qualification?.title ?? '',
    country: qualification?.country ?? '',
    completedYear: numberToText(qualification?.completedYear, locale),
    trainingYears: numberToText(qualification?.trainingYears, locale),
    stateRecognisedAbroad: booleanToChoice(qualification?.stateRecognisedAbroad),
    recognition: qualification?.recognition ?? '',
  };
}

export function toExperienceFormValues(
  hire: Pick<HireInput, 'germanLevel' | 'experienceYears'> | undefined,
  locale: Locale,
) {
  return {
    germanLevel: hire?.germanLevel ?? '',
    experienceYears: numberToText(hire?.experienceYears, locale),
  };
}
