import { type CaseStatus, caseStatuses } from '@itc/shared';
import type { DemoCaseProfileKey } from './demo-case-profiles';

type DemoPerson = {
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  nationality: string;
  passportNumber: string;
};

/** One case per status for each demo employer; the persons are made up. */
export type DemoCase = {
  organization: 'rhein-stahl' | 'pflege-ruhr';
  person: DemoPerson;
  profile: DemoCaseProfileKey;
  status: CaseStatus;
  /** A path other than `caseHistoryPath(status)`, e.g. the § 16d continuation. */
  path?: CaseStatus[];
};

/** When the current stage began and when it is due, in days from the seeding day. */
export const demoStageTiming: Record<
  CaseStatus,
  { startedDaysAgo: number; dueInDays: number | null }
> = {
  submitted: { startedDaysAgo: 1, dueInDays: null },
  in_review: { startedDaysAgo: 4, dueInDays: null },
  // Awaiting the employer's answer, due in eleven days.
  documents_requested: { startedDaysAgo: 3, dueInDays: 11 },
  forwarded: { startedDaysAgo: 6, dueInDays: null },
  recognition_pending: { startedDaysAgo: 20, dueInDays: 41 },
  deficit_notice: { startedDaysAgo: 5, dueInDays: null },
  // Requested nine days ago: the week has passed, consent counts as given.
  ba_consent_pending: { startedDaysAgo: 9, dueInDays: -2 },
  // The embassy has not given an appointment within three weeks: overdue.
  pre_approval_issued: { startedDaysAgo: 24, dueInDays: -3 },
  visa_appointment_booked: { startedDaysAgo: 7, dueInDays: 26 },
  visa_issued: { startedDaysAgo: 10, dueInDays: null },
  visa_refused: { startedDaysAgo: 12, dueInDays: null },
  entered: { startedDaysAgo: 14, dueInDays: null },
  permit_issued: { startedDaysAgo: 30, dueInDays: null },
  rejected: { startedDaysAgo: 40, dueInDays: null },
  withdrawn: { startedDaysAgo: 35, dueInDays: null },
};

// biome-ignore format: one person per line reads as a table
const rheinStahlPeople: DemoPerson[] = [
  { givenNames: 'Arjun', familyName: 'Mehta', dateOfBirth: '1991-08-14', nationality: 'IN', passportNumber: 'Z5512873' },
  { givenNames: 'Camila Andrea', familyName: 'Rojas', dateOfBirth: '1994-02-03', nationality: 'CO', passportNumber: 'AV418276' },
  { givenNames: 'Oleksandr', familyName: 'Kovalenko', dateOfBirth: '1988-11-21', nationality: 'UA', passportNumber: 'FX702391' },
  { givenNames: 'Thanh Tùng', familyName: 'Phạm', dateOfBirth: '1992-05-09', nationality: 'VN', passportNumber: 'C8301774' },
  { givenNames: 'Kofi', familyName: 'Mensah', dateOfBirth: '1990-01-30', nationality: 'GH', passportNumber: 'G2281940' },
  { givenNames: 'Diego', familyName: 'Fernández Ruiz', dateOfBirth: '1993-07-17', nationality: 'MX', passportNumber: 'N19283746' },
  { givenNames: 'Aisha', familyName: 'Khan', dateOfBirth: '1995-12-11', nationality: 'PK', passportNumber: 'AB7741032' },
  { givenNames: 'Luis Alberto', familyName: 'Gómez', dateOfBirth: '1987-03-26', nationality: 'PE', passportNumber: 'PE6650217' },
  { givenNames: 'Ravi Shankar', familyName: 'Pillai', dateOfBirth: '1989-09-05', nationality: 'IN', passportNumber: 'Y3387105' },
  { givenNames: 'Elif', familyName: 'Yıldız', dateOfBirth: '1996-04-19', nationality: 'TR', passportNumber: 'U40918273' },
  { givenNames: 'Nikola', familyName: 'Petrović', dateOfBirth: '1991-10-02', nationality: 'RS', passportNumber: '012345678' },
  { givenNames: 'Jamal', familyName: 'Bakr', dateOfBirth: '1990-06-28', nationality: 'EG', passportNumber: 'A29918374' },
  { givenNames: 'Anh Thư', familyName: 'Lê', dateOfBirth: '1997-01-15', nationality: 'VN', passportNumber: 'C9918273' },
  { givenNames: 'Mateus', familyName: 'Oliveira', dateOfBirth: '1992-12-08', nationality: 'BR', passportNumber: 'FT553201' },
  { givenNames: 'Hamza', familyName: 'El Amrani', dateOfBirth: '1994-08-22', nationality: 'MA', passportNumber: 'MR4471029' },
];

// biome-ignore format: one person per line reads as a table
const pflegeRuhrPeople: DemoPerson[] = [
  { givenNames: 'Jocelyn', familyName: 'Dela Cruz', dateOfBirth: '1993-03-12', nationality: 'PH', passportNumber: 'P5528193A' },
  { givenNames: 'Grace Wanjiru', familyName: 'Kamau', dateOfBirth: '1995-09-27', nationality: 'KE', passportNumber: 'AK0381726' },
  { givenNames: 'Meryem', familyName: 'Trabelsi', dateOfBirth: '1998-06-04', nationality: 'TN', passportNumber: 'X591820' },
  { givenNames: 'Siti', familyName: 'Rahayu', dateOfBirth: '1994-11-18', nationality: 'ID', passportNumber: 'C3318272' },
  { givenNames: 'Ana Lúcia', familyName: 'Ferreira', dateOfBirth: '1990-02-08', nationality: 'BR', passportNumber: 'GB771029' },
  { givenNames: 'Priya', familyName: 'Nair', dateOfBirth: '1992-07-21', nationality: 'IN', passportNumber: 'W6619203' },
  { givenNames: 'Mai', familyName: 'Vũ', dateOfBirth: '1996-10-30', nationality: 'VN', passportNumber: 'C7719283' },
  { givenNames: 'Fatima Zahra', familyName: 'El Idrissi', dateOfBirth: '1997-05-13', nationality: 'MA', passportNumber: 'ZF2290183' },
  { givenNames: 'Maricel', familyName: 'Santos', dateOfBirth: '1989-12-01', nationality: 'PH', passportNumber: 'P3301928B' },
  { givenNames: 'Chinwe', familyName: 'Okafor', dateOfBirth: '1993-04-16', nationality: 'NG', passportNumber: 'A08812736' },
  { givenNames: 'Yasmin', familyName: 'Mansour', dateOfBirth: '1995-01-24', nationality: 'JO', passportNumber: 'Q4410293' },
  { givenNames: 'Lerato', familyName: 'Dlamini', dateOfBirth: '1991-08-09', nationality: 'ZA', passportNumber: 'A05518273' },
  { givenNames: 'Mariam', familyName: 'Gabunia', dateOfBirth: '1994-03-31', nationality: 'GE', passportNumber: '18AB29301' },
  { givenNames: 'Rosa Elena', familyName: 'Quispe', dateOfBirth: '1992-11-05', nationality: 'PE', passportNumber: 'PE7718290' },
  { givenNames: 'Nour', familyName: 'Khalil', dateOfBirth: '1996-07-14', nationality: 'LB', passportNumber: 'LR1182736' },
];

const rheinStahlProfiles: DemoCaseProfileKey[] = ['engineer', 'software', 'welder', 'electrician'];
const pflegeRuhrProfiles: DemoCaseProfileKey[] = ['nurseRecognised', 'nursePending'];

/** A deficit notice needs a recognition procedure; the nurse's continues under § 16d. */
function profileFor(organization: DemoCase['organization'], status: CaseStatus, index: number) {
  if (organization === 'rhein-stahl') {
    return status === 'deficit_notice' ? 'electrician' : rheinStahlProfiles[index % 4]!;
  }
  return status === 'deficit_notice' || status === 'ba_consent_pending'
    ? 'nursePartial'
    : pflegeRuhrProfiles[index % 2]!;
}

export const demoCases: DemoCase[] = [
  ...caseStatuses.map(
    (status, index): DemoCase => ({
      organization: 'rhein-stahl',
      person: rheinStahlPeople[index]!,
      profile: profileFor('rhein-stahl', status, index),
      status,
    }),
  ),
  ...caseStatuses.map(
    (status, index): DemoCase => ({
      organization: 'pflege-ruhr',
      person: pflegeRuhrPeople[index]!,
      profile: profileFor('pflege-ruhr', status, index),
      status,
      ...(status === 'ba_consent_pending'
        ? {
            path: [
              'submitted',
              'in_review',
              'forwarded',
              'recognition_pending',
              'deficit_notice',
              'ba_consent_pending',
            ] satisfies CaseStatus[],
          }
        : {}),
    }),
  ),
];
