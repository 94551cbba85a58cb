import type { HireInput } from '@itc/shared';

/** A valid hire on the test day (`testStart`), with any fields replaced. */
export function aHireInput(overrides: Partial<HireInput> = {}): HireInput {
  return {
    givenNames: 'Lakshmi',
    familyName: 'Raghavan',
    dateOfBirth: '1995-03-14',
    nationality: 'IN',
    passportNumber: 'w1234567',
    passportExpiry: '2031-05-31',
    residenceCountry: 'IN',
    email: 'Lakshmi.R@example.com',
    qualification: {
      level: 'university',
      title: 'Master of Science in Electrical Engineering',
      country: 'IN',
      completedYear: 2019,
      trainingYears: 2,
      stateRecognisedAbroad: true,
      recognition: 'comparable',
    },
    germanLevel: 'B1',
    experienceYears: 5,
    familyMembers: [],
    ...overrides,
  };
}
