import type { OrganizationType, Role, VerificationStatus } from '@itc/shared';

export const demoPassword = 'Willkommen-2026';

type DemoOrganization = {
  key: string;
  type: OrganizationType;
  name: string;
  verificationStatus: VerificationStatus;
  street: string;
  postalCode: string;
  city: string;
  handelsregisterNumber?: string;
  betriebsnummer?: string;
};

export const demoOrganizations: DemoOrganization[] = [
  {
    key: 'city',
    type: 'city',
    name: 'Stadt Duisburg – Amt für Integration und Einwanderungsservice',
    verificationStatus: 'verified',
    street: 'Schwanenstraße 5–7',
    postalCode: '47051',
    city: 'Duisburg',
  },
  {
    key: 'rhein-stahl',
    type: 'employer',
    name: 'Rhein-Stahl GmbH',
    verificationStatus: 'verified',
    street: 'Hüttenstraße 12',
    postalCode: '47137',
    city: 'Duisburg',
    handelsregisterNumber: 'HRB 12345',
    betriebsnummer: '12345678',
  },
  {
    key: 'pflege-ruhr',
    type: 'employer',
    name: 'Pflegedienst Ruhr gGmbH',
    verificationStatus: 'verified',
    street: 'Königstraße 40',
    postalCode: '47051',
    city: 'Duisburg',
    handelsregisterNumber: 'HRB 23456',
    betriebsnummer: '23456789',
  },
  {
    key: 'neu-logistik',
    type: 'employer',
    name: 'Neu Logistik UG',
    verificationStatus: 'pending',
    street: 'Hafenstraße 3',
    postalCode: '47119',
    city: 'Duisburg',
    handelsregisterNumber: 'HRB 34567',
    betriebsnummer: '34567890',
  },
  {
    key: 'ihk',
    type: 'ihk',
    name: 'Niederrheinische IHK',
    verificationStatus: 'verified',
    street: 'Mercatorstraße 22–24',
    postalCode: '47051',
    city: 'Duisburg',
  },
  {
    key: 'jobcenter',
    type: 'jobcenter',
    name: 'Jobcenter Duisburg',
    verificationStatus: 'verified',
    street: 'Wintgensstraße 29–33',
    postalCode: '47058',
    city: 'Duisburg',
  },
];

export const demoUsers: { email: string; name: string; role: Role; organization: string }[] = [
  {
    email: 'hr@rhein-stahl.example',
    name: 'Sabine Krüger',
    role: 'employer_hr',
    organization: 'rhein-stahl',
  },
  {
    email: 'hr@pflege-ruhr.example',
    name: 'Mehmet Yılmaz',
    role: 'employer_hr',
    organization: 'pflege-ruhr',
  },
  {
    email: 'hr@neu-logistik.example',
    name: 'Jana Neumann',
    role: 'employer_hr',
    organization: 'neu-logistik',
  },
  { email: 'berater@ihk.example', name: 'Thomas Berger', role: 'ihk_advisor', organization: 'ihk' },
  {
    email: 'team@jobcenter.example',
    name: 'Aylin Demir',
    role: 'jobcenter_advisor',
    organization: 'jobcenter',
  },
  {
    email: 'sachbearbeitung@stadt.example',
    name: 'Katrin Hoffmann',
    role: 'city_reviewer',
    organization: 'city',
  },
  { email: 'admin@stadt.example', name: 'Stefan Wagner', role: 'city_admin', organization: 'city' },
];
