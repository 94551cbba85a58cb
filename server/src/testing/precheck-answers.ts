import { emptyPrecheckAnswers, type PrecheckAnswers } from '@itc/shared';

/**
 * Complete answers for the test hire (`aHireInput`: electrical engineer, degree comparable,
 * 5 years' experience): a Blue Card job in Duisburg starting in December 2026.
 */
export function completeAnswers(job: Partial<PrecheckAnswers['job']> = {}): PrecheckAnswers {
  return {
    ...emptyPrecheckAnswers,
    job: {
      title: 'Elektroingenieurin für Steuerungstechnik',
      iscoCode: '2151',
      weeklyHours: 40,
      annualGrossSalaryEur: 52_000,
      startDate: '2026-12-01',
      placeOfWork: 'Hüttenstraße 12, 47137 Duisburg',
      permanent: true,
      collectiveAgreement: true,
      matchesQualification: true,
      shortageOccupation: true,
      itSpecialist: false,
      regulated: false,
      ...job,
    },
    firstResidenceTitleForWork: true,
  };
}
