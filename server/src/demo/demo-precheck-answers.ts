import {
  buildPrecheckInput,
  emptyPrecheckAnswers,
  evaluatePrecheck,
  germanLevelSchema,
  type HireInput,
  occupationFlags,
  type PrecheckAnswers,
  precheckInputSchema,
} from '@itc/shared';

type Job = PrecheckAnswers['job'];

/** The first day of the month `months` after `now`, so demo start dates stay in the future. */
export function firstOfMonthAfter(now: Date, months: number): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1));
  return date.toISOString().slice(0, 10);
}

/** A job's answers with the flags the wizard fills in from the ISCO code. */
export function jobFor(iscoCode: string, answers: Partial<Job>): Job {
  const flags = occupationFlags(iscoCode);
  if (!flags) throw new Error(`Unknown ISCO code ${iscoCode} in the demo data`);
  return { ...emptyPrecheckAnswers.job, iscoCode, ...flags, ...answers };
}

/** The server stores the rules' own evaluation of complete answers; so does the seed. */
export function assessDemoAnswers(
  hire: Omit<HireInput, 'germanLevel'> & { germanLevel: string; familyMembers: unknown[] },
  answers: PrecheckAnswers,
) {
  const built = buildPrecheckInput(
    { ...hire, germanLevel: germanLevelSchema.parse(hire.germanLevel) },
    answers,
  );
  if (!built.complete) return null;
  return evaluatePrecheck(precheckInputSchema.parse(built.input), {
    locale: 'de',
    familyMembers: hire.familyMembers.length,
  });
}
