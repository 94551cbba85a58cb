import fc from 'fast-check';
import {
  germanLevels,
  licenceStatuses,
  type PrecheckInput,
  precheckInputSchema,
  recognitionStatuses,
} from '../src/prechecks/precheck-input.schema';
import { domainFigures, noQualification } from './precheck-fixtures';

const isoDate = (min: string, max: string) =>
  fc
    .date({ min: new Date(min), max: new Date(max), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

// Random salaries plus every threshold to the cent, so the edges are hit often.
const edgeSalaries = Object.values(domainFigures).flatMap((figures) => [
  figures.general,
  figures.reduced,
  figures.experienceBased,
  figures.age45,
  figures.minimumWage * 40 * 52,
]);
const salary = fc.oneof(
  fc.double({ min: 1_000, max: 150_000, noNaN: true }),
  fc.constantFrom(...edgeSalaries),
);

const qualification = fc.oneof(
  fc.constant(noQualification),
  fc.record({
    level: fc.constantFrom('university', 'vocational'),
    recognition: fc.constantFrom(...recognitionStatuses),
    completedYear: fc.option(fc.integer({ min: 1980, max: 2024 })),
    trainingYears: fc.option(fc.double({ min: 0.5, max: 6, noNaN: true })),
    stateRecognisedAbroad: fc.boolean(),
  }),
);

/** Any input the API accepts, with start years inside and outside the thresholds table. */
export const precheckInput: fc.Arbitrary<PrecheckInput> = fc
  .record({
    startDate: isoDate('2024-01-01', '2028-12-31'),
    dateOfBirth: isoDate('1950-01-01', '2007-12-31'),
    firstResidenceTitleForWork: fc.boolean(),
    pensionProvision: fc.boolean(),
    qualification,
    profession: fc.record({
      regulated: fc.boolean(),
      licence: fc.constantFrom(...licenceStatuses),
    }),
    experienceYears: fc.oneof(
      fc.integer({ min: 0, max: 10 }),
      fc.double({ min: 0, max: 60, noNaN: true }),
    ),
    germanLevel: fc.constantFrom(...germanLevels),
    job: fc.record({
      annualGrossSalaryEur: salary,
      weeklyHours: fc.oneof(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 1, max: 60, noNaN: true }),
      ),
      shortageOccupation: fc.boolean(),
      itSpecialist: fc.boolean(),
      collectiveAgreement: fc.boolean(),
      matchesQualification: fc.boolean(),
    }),
  })
  .map((candidate) => precheckInputSchema.parse(candidate));
