import { assessAcceleratedProcedure } from './accelerated-procedure';
import { defaultLocale, type Locale } from './locales';
import { type PathwayCode, pathwayCodes } from './pathway-codes';
import { assessAcademic18b } from './pathways/academic-18b';
import { assessBlueCard } from './pathways/blue-card';
import { assessExperience19c2 } from './pathways/experience-19c2';
import { assessItBlueCard } from './pathways/it-blue-card';
import { assessRecognition16d } from './pathways/recognition-16d';
import { assessVocational18a } from './pathways/vocational-18a';
import type { PrecheckAssessment } from './precheck-assessment.schema';
import { createPrecheckContext, type PrecheckContext } from './precheck-context';
import type { PrecheckInput } from './precheck-input.schema';
import { localizeReason, type ReasonRef, reason } from './reasons';
import { type PathwayFindings, resolveFindings } from './rules/findings';
import { assessMinimumWage } from './rules/minimum-wage';
import { type DocumentCountries, selectRequiredDocuments } from './select-required-documents';

/** Changes whenever a rule or a data table changes, so stored assessments can be told apart. */
export const rulesVersion = '2026.2';

export type EvaluatePrecheckOptions = {
  locale?: Locale;
  familyMembers?: number;
  /** Where the worker's documents come from; unknown asks for translations. */
  documentCountries?: DocumentCountries;
};

const unknownCountries: DocumentCountries = { qualificationCountry: null, homeCountry: null };

const pathwayAssessors: Record<PathwayCode, (ctx: PrecheckContext) => PathwayFindings> = {
  '18g': assessBlueCard,
  '18g-it': assessItBlueCard,
  '18b': assessAcademic18b,
  '18a': assessVocational18a,
  '19c2': assessExperience19c2,
  '16d': assessRecognition16d,
};

/** Applies the rules card (domain reference, section 3) to one pre-check. Pure. */
export function evaluatePrecheck(
  input: PrecheckInput,
  {
    locale = defaultLocale,
    familyMembers = 0,
    documentCountries = unknownCountries,
  }: EvaluatePrecheckOptions = {},
): PrecheckAssessment {
  const ctx = createPrecheckContext(input);
  const localize = (refs: readonly ReasonRef[]) => refs.map((ref) => localizeReason(ref, locale));
  const minimumWageFindings = assessMinimumWage(ctx);
  const fallbackReasons = ctx.thresholds.isFallback
    ? [
        reason('thresholds_year_fallback', {
          startYear: ctx.startYear,
          thresholdYear: ctx.thresholds.year,
        }),
      ]
    : [];

  const pathways = pathwayCodes.map((code) => {
    const { findings, salaryThresholdEur } = pathwayAssessors[code](ctx);
    const { result, reasons } = resolveFindings([...minimumWageFindings, ...findings]);
    return {
      code,
      result,
      reasons: localize([...reasons, ...fallbackReasons]),
      ...(salaryThresholdEur === undefined ? {} : { salaryThresholdEur }),
    };
  });

  const acceleratedProcedure = assessAcceleratedProcedure(pathways, familyMembers);
  const requiredDocuments = selectRequiredDocuments({
    ctx,
    available: acceleratedProcedure.pathways,
    familyMembers,
    documentCountries,
  }).map(({ document, pathways: served, needsTranslation }) => ({
    code: document.code,
    label: locale === 'de' ? document.labelDe : document.labelEn,
    required: document.required,
    pathways: served,
    needsTranslation,
  }));
  const warnings =
    acceleratedProcedure.available && familyMembers > 0 ? [reason('family_visa_window')] : [];

  return {
    rulesVersion,
    thresholdYear: ctx.thresholds.year,
    pathways,
    acceleratedProcedure: {
      available: acceleratedProcedure.available,
      reasons: localize(acceleratedProcedure.reasons),
    },
    requiredDocuments,
    warnings: localize(warnings),
  };
}
