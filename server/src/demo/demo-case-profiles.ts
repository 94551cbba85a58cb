import { emptyPrecheckAnswers, type HireInput, type PrecheckAnswers } from '@itc/shared';
import { firstOfMonthAfter, jobFor } from './demo-precheck-answers';

type Job = PrecheckAnswers['job'];

/** What a typical hire of the demo employers brings, and the job it is offered. */
export type DemoCaseProfile = {
  qualification: HireInput['qualification'];
  germanLevel: HireInput['germanLevel'];
  experienceYears: number;
  iscoCode: string;
  job: Partial<Job>;
  licence: PrecheckAnswers['licence'];
  /** Months from the seeding day to the planned start. */
  startInMonths: number;
};

const rheinStahlSite = 'Hüttenstraße 12, 47137 Duisburg';
const pflegeRuhrSite = 'Königstraße 40, 47051 Duisburg';

// biome-ignore format: one profile per block reads as a table
export const demoCaseProfiles = {
  engineer: {
    qualification: { level: 'university', title: 'Bachelor of Engineering (Mechanical)', country: null, completedYear: 2016, trainingYears: 4, stateRecognisedAbroad: true, recognition: 'comparable' },
    germanLevel: 'B1', experienceYears: 6, iscoCode: '2144', licence: null, startInMonths: 4,
    job: { title: 'Konstruktionsingenieur/in Anlagenbau', weeklyHours: 40, annualGrossSalaryEur: 58_000, placeOfWork: rheinStahlSite, permanent: true, collectiveAgreement: true, matchesQualification: true },
  },
  software: {
    qualification: { level: 'university', title: 'Bachelor of Science in Computer Science', country: null, completedYear: 2019, trainingYears: 4, stateRecognisedAbroad: true, recognition: 'comparable' },
    germanLevel: 'A2', experienceYears: 5, iscoCode: '2512', licence: null, startInMonths: 3,
    job: { title: 'Softwareentwickler/in Anlagensteuerung', weeklyHours: 40, annualGrossSalaryEur: 56_000, placeOfWork: rheinStahlSite, permanent: true, collectiveAgreement: true, matchesQualification: true },
  },
  welder: {
    qualification: { level: 'vocational', title: 'Schweißer/in (staatliche Berufsausbildung, 3 Jahre)', country: null, completedYear: 2012, trainingYears: 3, stateRecognisedAbroad: true, recognition: 'none' },
    germanLevel: 'A2', experienceYears: 8, iscoCode: '7212', licence: null, startInMonths: 3,
    job: { title: 'Schweißer/in (MAG/WIG)', weeklyHours: 38, annualGrossSalaryEur: 41_000, placeOfWork: rheinStahlSite, permanent: true, collectiveAgreement: true, matchesQualification: true },
  },
  electrician: {
    qualification: { level: 'vocational', title: 'Elektriker/in (staatliche Berufsausbildung, 3 Jahre)', country: null, completedYear: 2014, trainingYears: 3, stateRecognisedAbroad: true, recognition: 'pending' },
    germanLevel: 'B1', experienceYears: 7, iscoCode: '7411', licence: null, startInMonths: 5,
    job: { title: 'Elektroniker/in für Betriebstechnik', weeklyHours: 38, annualGrossSalaryEur: 44_500, placeOfWork: rheinStahlSite, permanent: true, collectiveAgreement: true, matchesQualification: true },
  },
  nurseRecognised: {
    qualification: { level: 'university', title: 'Bachelor of Science in Nursing', country: null, completedYear: 2017, trainingYears: 4, stateRecognisedAbroad: true, recognition: 'full' },
    germanLevel: 'B2', experienceYears: 6, iscoCode: '2221', licence: 'applied', startInMonths: 4,
    job: { title: 'Pflegefachkraft ambulante Pflege', weeklyHours: 38.5, annualGrossSalaryEur: 46_800, placeOfWork: pflegeRuhrSite, permanent: true, collectiveAgreement: true, matchesQualification: true },
  },
  nursePartial: {
    qualification: { level: 'university', title: 'Licence en sciences infirmières', country: null, completedYear: 2020, trainingYears: 3, stateRecognisedAbroad: true, recognition: 'partial' },
    germanLevel: 'B1', experienceYears: 4, iscoCode: '2221', licence: 'none', startInMonths: 3,
    job: { title: 'Pflegefachkraft in der Anpassungsmaßnahme', weeklyHours: 39, annualGrossSalaryEur: 40_200, placeOfWork: pflegeRuhrSite, permanent: false, collectiveAgreement: true, matchesQualification: true },
  },
  nursePending: {
    qualification: { level: 'vocational', title: 'Diploma in General Nursing and Midwifery', country: null, completedYear: 2015, trainingYears: 3, stateRecognisedAbroad: true, recognition: 'pending' },
    germanLevel: 'B1', experienceYears: 8, iscoCode: '2221', licence: 'applied', startInMonths: 5,
    job: { title: 'Pflegefachkraft stationäre Pflege', weeklyHours: 38.5, annualGrossSalaryEur: 45_600, placeOfWork: pflegeRuhrSite, permanent: true, collectiveAgreement: true, matchesQualification: true },
  },
} as const satisfies Record<string, DemoCaseProfile>;

export type DemoCaseProfileKey = keyof typeof demoCaseProfiles;

export function demoCaseAnswers(profile: DemoCaseProfile, now: Date): PrecheckAnswers {
  return {
    ...emptyPrecheckAnswers,
    job: jobFor(profile.iscoCode, {
      ...profile.job,
      startDate: firstOfMonthAfter(now, profile.startInMonths),
    }),
    licence: profile.licence,
    firstResidenceTitleForWork: true,
  };
}
