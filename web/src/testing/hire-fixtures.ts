import {
  buildPrecheckInput,
  emptyPrecheckAnswers,
  evaluateOptionsForHire,
  evaluatePrecheck,
  type Hire,
  hireSchema,
  type Mandate,
  mandateSchema,
  type Organization,
  type Precheck,
  type PrecheckAnswers,
  precheckInputSchema,
  precheckSchema,
} from '@itc/shared';
import {
  createdAt,
  ihkOrganization,
  makeOrganization,
  pendingEmployer,
  summaryOf,
  verifiedEmployer,
} from './fixtures';

/** Hires, mandates and pre-checks for the mock API, valid under the shared schemas. */

export const jobcenterOrganization = makeOrganization({
  id: 'org-jobcenter',
  name: 'Jobcenter Duisburg',
  type: 'jobcenter',
  address: { street: 'Wintgensstraße 29–33', postalCode: '47058', city: 'Duisburg' },
  handelsregisterNumber: null,
  betriebsnummer: null,
});

export function makeHire(
  employer: Organization,
  overrides: Partial<Hire> & Pick<Hire, 'id' | 'givenNames' | 'familyName'>,
): Hire {
  return hireSchema.parse({
    organizationId: employer.id,
    organizationName: employer.name,
    dateOfBirth: '1993-04-17',
    nationality: 'IN',
    passportNumber: 'V4821937',
    passportExpiry: '2033-03-10',
    residenceCountry: 'IN',
    email: null,
    qualification: {
      level: 'university',
      title: 'Bachelor of Technology in Mechanical Engineering',
      country: 'IN',
      completedYear: 2015,
      trainingYears: 4,
      stateRecognisedAbroad: true,
      recognition: 'comparable',
    },
    germanLevel: 'A2',
    experienceYears: 8,
    familyMembers: [],
    status: 'active',
    version: 1,
    createdAt,
    updatedAt: createdAt,
    ...overrides,
  });
}

/** An engineer with a comparable degree: the Blue Card depends on the salary. */
export const engineerHire = makeHire(verifiedEmployer, {
  id: 'hire-iyer',
  givenNames: 'Rohan Venkatesh',
  familyName: 'Iyer',
});

/** 56 at a start in 2026: the pension question applies. */
export const seniorHire = makeHire(verifiedEmployer, {
  id: 'hire-adeyemi',
  givenNames: 'Olusegun',
  familyName: 'Adeyemi',
  dateOfBirth: '1970-03-05',
  nationality: 'NG',
  passportNumber: 'A07412589',
  residenceCountry: 'NG',
  qualification: {
    level: 'university',
    title: 'Bachelor of Engineering',
    country: 'NG',
    completedYear: 1995,
    trainingYears: 5,
    stateRecognisedAbroad: true,
    recognition: 'full',
  },
  germanLevel: 'B1',
  experienceYears: 20,
  createdAt: '2026-11-19T09:30:00.000Z',
  updatedAt: '2026-11-19T09:30:00.000Z',
});

export const pendingEmployerHire = makeHire(pendingEmployer, {
  id: 'hire-souza',
  givenNames: 'Ana Paula',
  familyName: 'Souza',
  nationality: 'BR',
  passportNumber: 'FX482913',
  residenceCountry: 'BR',
});

export const ihkMandate: Mandate = mandateSchema.parse({
  id: 'mandate-ihk',
  employer: summaryOf(verifiedEmployer),
  partner: summaryOf(ihkOrganization),
  grantedByName: 'Sabine Krüger',
  grantedAt: '2026-11-21T10:00:00.000Z',
  revokedAt: null,
});

/** Every answer the rules and the forms need, for an engineer in Duisburg. */
export const completeAnswers: PrecheckAnswers = {
  job: {
    title: 'Konstrukteur Anlagenbau',
    iscoCode: '2144',
    weeklyHours: 40,
    annualGrossSalaryEur: 58000,
    startDate: '2026-12-01',
    placeOfWork: 'Duisburg',
    permanent: true,
    collectiveAgreement: false,
    matchesQualification: true,
    shortageOccupation: true,
    itSpecialist: false,
    regulated: false,
  },
  licence: null,
  firstResidenceTitleForWork: true,
  pensionProvision: null,
};

/** The server's evaluation of a draft, as the mock API stores it. */
export function assessDraft(hire: Hire, answers: PrecheckAnswers) {
  const built = buildPrecheckInput(hire, answers);
  if (!built.complete) return { assessment: null, missingAnswers: built.missing };
  const input = precheckInputSchema.parse(built.input);
  return {
    assessment: evaluatePrecheck(input, evaluateOptionsForHire(hire)),
    missingAnswers: [],
  };
}

export function makePrecheck(
  hire: Hire,
  overrides: Partial<Precheck> & Pick<Precheck, 'id'>,
): Precheck {
  const answers = overrides.answers ?? emptyPrecheckAnswers;
  return precheckSchema.parse({
    hireId: hire.id,
    organizationId: hire.organizationId,
    status: 'draft',
    step: 'job',
    answers,
    ...assessDraft(hire, answers),
    documents: [],
    caseId: null,
    caseReference: null,
    version: 1,
    createdAt,
    updatedAt: createdAt,
    ...overrides,
  });
}

export const engineerDraft = makePrecheck(engineerHire, { id: 'precheck-iyer' });
export const seniorDraft = makePrecheck(seniorHire, { id: 'precheck-adeyemi' });
export const engineerCompleteDraft = makePrecheck(engineerHire, {
  id: 'precheck-iyer-complete',
  step: 'documents',
  answers: completeAnswers,
});
export const pendingEmployerDraft = makePrecheck(pendingEmployerHire, {
  id: 'precheck-souza',
  step: 'review',
  answers: completeAnswers,
});
