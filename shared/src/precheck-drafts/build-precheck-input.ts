import type { HireInput } from '../hires/hire.schema';
import type { EvaluatePrecheckOptions, PrecheckInput } from '../prechecks';
import type { PrecheckAnswers } from './precheck-answers.schema';

export type BuiltPrecheckInput =
  | { complete: true; input: PrecheckInput }
  | { complete: false; missing: string[] };

const ruleAnswers = [
  'job.weeklyHours',
  'job.annualGrossSalaryEur',
  'job.startDate',
  'job.collectiveAgreement',
  'job.matchesQualification',
  'job.shortageOccupation',
  'job.itSpecialist',
  'job.regulated',
  'firstResidenceTitleForWork',
] as const;

function valueAt(answers: PrecheckAnswers, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], answers);
}

/** Whether the pension question applies: age 45 or more on the planned start date. */
export function asksPensionProvision(dateOfBirth: string, startDate: string | null): boolean {
  if (!startDate) return false;
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [sy, sm, sd] = startDate.split('-').map(Number) as [number, number, number];
  const age = sy - by - (sm < bm || (sm === bm && sd < bd) ? 1 : 0);
  return age >= 45;
}

/**
 * Joins the hire's data and the wizard's answers into the rules' input, or lists what is still
 * missing. The web (live assessment) and the server (stored assessment) both use it.
 */
export function buildPrecheckInput(hire: HireInput, answers: PrecheckAnswers): BuiltPrecheckInput {
  const missing: string[] = ruleAnswers.filter((path) => valueAt(answers, path) == null);
  const { job } = answers;
  if (job.regulated && answers.licence == null) missing.push('licence');
  const needsPension = asksPensionProvision(hire.dateOfBirth, job.startDate);
  if (needsPension && answers.pensionProvision == null) missing.push('pensionProvision');
  const { qualification } = hire;
  const hasQualification = qualification.level !== 'none';
  if (hasQualification && qualification.completedYear == null) {
    missing.push('hire.qualification.completedYear');
  }
  if (missing.length > 0) return { complete: false, missing };

  return {
    complete: true,
    input: {
      startDate: job.startDate!,
      dateOfBirth: hire.dateOfBirth,
      firstResidenceTitleForWork: answers.firstResidenceTitleForWork!,
      pensionProvision: needsPension ? answers.pensionProvision! : false,
      qualification: hasQualification
        ? {
            level: qualification.level,
            recognition: qualification.recognition,
            completedYear: qualification.completedYear ?? null,
            // The hire form accepts 0 years; the rules want a positive length or null and
            // treat null as 0, so both read the same.
            trainingYears: qualification.trainingYears || null,
            stateRecognisedAbroad: qualification.stateRecognisedAbroad,
          }
        : {
            level: 'none',
            recognition: 'none',
            completedYear: null,
            trainingYears: null,
            stateRecognisedAbroad: false,
          },
      profession: { regulated: job.regulated!, licence: answers.licence ?? 'none' },
      experienceYears: hire.experienceYears,
      germanLevel: hire.germanLevel,
      job: {
        annualGrossSalaryEur: job.annualGrossSalaryEur!,
        weeklyHours: job.weeklyHours!,
        shortageOccupation: job.shortageOccupation!,
        itSpecialist: job.itSpecialist!,
        collectiveAgreement: job.collectiveAgreement!,
        matchesQualification: job.matchesQualification!,
      },
    },
  };
}

/** What the rules need to know about the hire beyond the input: family and document origins. */
export function evaluateOptionsForHire(
  hire: Pick<HireInput, 'familyMembers' | 'nationality' | 'qualification'>,
): Required<Pick<EvaluatePrecheckOptions, 'familyMembers' | 'documentCountries'>> {
  return {
    familyMembers: hire.familyMembers.length,
    documentCountries: {
      qualificationCountry: hire.qualification.country ?? null,
      homeCountry: hire.nationality,
    },
  };
}
