import type { HireInput } from '@itc/shared';

type DemoHire = {
  /** Key of the employer in `demoOrganizations`. */
  organization: string;
  /** Email of the HR user in `demoUsers` who registered the hire. */
  createdBy: string;
  hire: HireInput;
};

/**
 * One hire per typical path, so every pre-check outcome can be shown: the Blue Card, a
 * craftsman by experience (§ 6 BeschV), nurses with full, partial and pending recognition.
 */
export const demoHires: DemoHire[] = [
  {
    organization: 'rhein-stahl',
    createdBy: 'hr@rhein-stahl.example',
    hire: {
      givenNames: 'Rohan Venkatesh',
      familyName: 'Iyer',
      dateOfBirth: '1993-04-17',
      nationality: 'IN',
      passportNumber: 'V4821937',
      passportExpiry: '2033-03-10',
      residenceCountry: 'IN',
      email: 'rohan.iyer@example.com',
      qualification: {
        level: 'university',
        title: 'Bachelor of Technology in Mechanical Engineering',
        country: 'IN',
        completedYear: 2015,
        trainingYears: 4,
        stateRecognisedAbroad: true,
        // ZAB statement of comparability (anabin H+): what the Blue Card needs.
        recognition: 'comparable',
      },
      germanLevel: 'A2',
      experienceYears: 8,
      familyMembers: [],
    },
  },
  {
    organization: 'rhein-stahl',
    createdBy: 'hr@rhein-stahl.example',
    hire: {
      givenNames: 'Emre',
      familyName: 'Aydın',
      dateOfBirth: '1990-09-02',
      nationality: 'TR',
      passportNumber: 'U18273645',
      passportExpiry: '2032-07-21',
      residenceCountry: 'TR',
      email: null,
      qualification: {
        level: 'vocational',
        title: 'Kaynakçı (Metall- und Schweißtechnik), Mesleki ve Teknik Anadolu Lisesi',
        country: 'TR',
        completedYear: 2009,
        trainingYears: 3,
        stateRecognisedAbroad: true,
        recognition: 'none',
      },
      germanLevel: 'A2',
      experienceYears: 6,
      familyMembers: [],
    },
  },
  {
    organization: 'pflege-ruhr',
    createdBy: 'hr@pflege-ruhr.example',
    hire: {
      givenNames: 'Maria Clara',
      familyName: 'Reyes',
      dateOfBirth: '1994-06-23',
      nationality: 'PH',
      passportNumber: 'P4471203B',
      passportExpiry: '2034-01-15',
      residenceCountry: 'SA',
      email: 'mc.reyes@example.com',
      qualification: {
        level: 'university',
        title: 'Bachelor of Science in Nursing',
        country: 'PH',
        completedYear: 2016,
        trainingYears: 4,
        stateRecognisedAbroad: true,
        recognition: 'full',
      },
      germanLevel: 'B2',
      experienceYears: 7,
      familyMembers: [],
    },
  },
  {
    organization: 'pflege-ruhr',
    createdBy: 'hr@pflege-ruhr.example',
    hire: {
      givenNames: 'Amira',
      familyName: 'Ben Salah',
      dateOfBirth: '1997-02-14',
      nationality: 'TN',
      passportNumber: 'X482913',
      passportExpiry: '2031-11-30',
      residenceCountry: 'TN',
      email: 'amira.bensalah@example.com',
      qualification: {
        level: 'university',
        title: 'Licence appliquée en sciences infirmières',
        country: 'TN',
        completedYear: 2020,
        trainingYears: 3,
        stateRecognisedAbroad: true,
        // Deficit notice: an adaptation period in Germany leads to full recognition (§ 16d).
        recognition: 'partial',
      },
      germanLevel: 'B1',
      experienceYears: 4,
      familyMembers: [],
    },
  },
  {
    organization: 'pflege-ruhr',
    createdBy: 'hr@pflege-ruhr.example',
    hire: {
      givenNames: 'Thị Hoa',
      familyName: 'Nguyễn',
      dateOfBirth: '1992-11-08',
      nationality: 'VN',
      passportNumber: 'C7364120',
      passportExpiry: '2033-08-19',
      residenceCountry: 'VN',
      email: 'hoa.nguyen@example.com',
      qualification: {
        level: 'vocational',
        title: 'Cao đẳng Điều dưỡng (Pflegefachkraft, College-Diplom)',
        country: 'VN',
        completedYear: 2014,
        trainingYears: 3,
        stateRecognisedAbroad: true,
        recognition: 'pending',
      },
      germanLevel: 'B1',
      experienceYears: 9,
      familyMembers: [
        {
          relation: 'spouse',
          givenNames: 'Văn Minh',
          familyName: 'Trần',
          dateOfBirth: '1989-03-27',
          nationality: 'VN',
          passportNumber: 'C7364388',
        },
        {
          relation: 'child',
          givenNames: 'Bảo An',
          familyName: 'Trần',
          dateOfBirth: '2018-05-12',
          nationality: 'VN',
          passportNumber: 'C9021577',
        },
      ],
    },
  },
];

/** Rhein-Stahl lets the IHK prepare its hires, so the partner view has something to show. */
export const demoMandates: { employer: string; partner: string; grantedBy: string }[] = [
  { employer: 'rhein-stahl', partner: 'ihk', grantedBy: 'hr@rhein-stahl.example' },
];
