import {
  type CurrentUser,
  currentUserSchema,
  type Organization,
  type OutboxMessage,
  organizationSchema,
  outboxMessageSchema,
  type User,
  userSchema,
} from '@itc/shared';

/** Test data, parsed with the shared schemas so that it is valid by construction. */
export const createdAt = '2026-11-20T09:30:00.000Z';

export function makeOrganization(
  overrides: Partial<Organization> & Pick<Organization, 'id' | 'name'>,
) {
  return organizationSchema.parse({
    type: 'employer',
    verificationStatus: 'verified',
    address: { street: 'Hüttenstraße 12', postalCode: '47137', city: 'Duisburg' },
    handelsregisterNumber: 'HRB 12345',
    betriebsnummer: '12345678',
    rejectionReason: null,
    createdAt,
    ...overrides,
  });
}

export const cityOrganization = makeOrganization({
  id: 'org-city',
  name: 'Stadt Duisburg – Amt für Integration und Einwanderungsservice',
  type: 'city',
  address: { street: 'Schwanenstraße 5–7', postalCode: '47051', city: 'Duisburg' },
  handelsregisterNumber: null,
  betriebsnummer: null,
});

export const verifiedEmployer = makeOrganization({
  id: 'org-rhein-stahl',
  name: 'Rhein-Stahl GmbH',
});

export const pendingEmployer = makeOrganization({
  id: 'org-neu-logistik',
  name: 'Neu Logistik UG',
  verificationStatus: 'pending',
  address: { street: 'Hafenstraße 3', postalCode: '47119', city: 'Duisburg' },
  handelsregisterNumber: 'HRB 34567',
  betriebsnummer: '34567890',
  createdAt: '2026-11-24T08:15:00.000Z',
});

export const secondPendingEmployer = makeOrganization({
  id: 'org-pflege-plus',
  name: 'Pflege Plus Ruhr GmbH',
  verificationStatus: 'pending',
  address: { street: 'Königstraße 40', postalCode: '47051', city: 'Duisburg' },
  handelsregisterNumber: 'HRB 45678',
  betriebsnummer: '45678901',
});

export const rejectedEmployer = makeOrganization({
  id: 'org-briefkasten',
  name: 'Briefkasten Handels GmbH',
  verificationStatus: 'rejected',
  rejectionReason: 'Die Handelsregisternummer gehört zu einem anderen Unternehmen.',
});

export const ihkOrganization = makeOrganization({
  id: 'org-ihk',
  name: 'Niederrheinische IHK',
  type: 'ihk',
  address: { street: 'Mercatorstraße 22–24', postalCode: '47051', city: 'Duisburg' },
  handelsregisterNumber: null,
  betriebsnummer: null,
});

export function summaryOf(organization: Organization) {
  const { id, name, type, verificationStatus } = organization;
  return { id, name, type, verificationStatus };
}

export function makeCurrentUser(
  organization: Organization,
  overrides: Partial<CurrentUser> & Pick<CurrentUser, 'id' | 'email' | 'name' | 'role'>,
): CurrentUser {
  return currentUserSchema.parse({
    locale: 'de',
    organization: summaryOf(organization),
    secondFactorEnabled: false,
    mustEnrolSecondFactor: false,
    ...overrides,
  });
}

export const hrUser = makeCurrentUser(verifiedEmployer, {
  id: 'user-hr',
  email: 'hr@rhein-stahl.example',
  name: 'Sabine Krüger',
  role: 'employer_hr',
});

export const pendingHrUser = makeCurrentUser(pendingEmployer, {
  id: 'user-pending-hr',
  email: 'hr@neu-logistik.example',
  name: 'Jana Neumann',
  role: 'employer_hr',
});

export const rejectedHrUser = makeCurrentUser(rejectedEmployer, {
  id: 'user-rejected-hr',
  email: 'hr@briefkasten.example',
  name: 'Paul Brandt',
  role: 'employer_hr',
});

export const adminUser = makeCurrentUser(cityOrganization, {
  id: 'user-admin',
  email: 'admin@stadt.example',
  name: 'Stefan Wagner',
  role: 'city_admin',
});

export const ihkUser = makeCurrentUser(ihkOrganization, {
  id: 'user-ihk',
  email: 'berater@ihk.example',
  name: 'Thomas Berger',
  role: 'ihk_advisor',
});

export function toUserRow(
  user: Omit<CurrentUser, 'secondFactorEnabled' | 'mustEnrolSecondFactor'>,
  organization: Organization,
  extra: Partial<User> = {},
) {
  return userSchema.parse({
    ...user,
    organization: summaryOf(organization),
    active: true,
    invitationPending: false,
    secondFactorEnabled: false,
    createdAt,
    ...extra,
  });
}

export function makeOutboxMessage(overrides: Partial<OutboxMessage> & Pick<OutboxMessage, 'id'>) {
  return outboxMessageSchema.parse({
    to: 'neu@rhein-stahl.example',
    subject: 'Einladung zum Partnerportal',
    text: 'Guten Tag,\n\nbitte legen Sie Ihr Passwort fest: http://localhost:3000/invitation/abcdefghijklmnopqrstuvwxyz.\n\nIhr International Talent Center',
    createdAt,
    sentAt: null,
    ...overrides,
  });
}

/** The password of every account in the mock API. */
export const testPassword = 'Willkommen-2026';
