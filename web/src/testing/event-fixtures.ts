import { type CreateEvent, type EventRegistration, eventRegistrationSchema } from '@itc/shared';
import {
  cityOrganization,
  createdAt,
  ihkOrganization,
  pendingEmployer,
  summaryOf,
} from './fixtures';

/** Events as the mock API stores them: the organiser's input plus status and bookkeeping. */
export type StoredEvent = Required<CreateEvent> & {
  id: string;
  organizerId: string;
  status: 'draft' | 'published' | 'cancelled';
  /** Seats held by people the tests never look at. */
  otherConfirmed: number;
  publishedAt: string | null;
  cancelledAt: string | null;
  cancellationReason: string | null;
  createdAt: string;
  updatedAt: string;
};

export type StoredRegistration = EventRegistration & {
  attended: boolean | null;
  attendanceRecordedAt: string | null;
};

/** 10 December 2026, 10:00–12:00 in Duisburg, nine days after `testNow`: open; one seat left. */
export const ihkEvent: StoredEvent = {
  id: 'event-ihk',
  organizerId: ihkOrganization.id,
  status: 'published',
  title: 'Beschleunigtes Fachkräfteverfahren kompakt',
  titleEn: 'The accelerated skilled-worker procedure in brief',
  description: 'Ablauf, Unterlagen und Fristen des Verfahrens nach § 81a AufenthG.',
  descriptionEn: 'Steps, documents and deadlines of the procedure under § 81a AufenthG.',
  topics: ['accelerated_procedure'],
  targetGroup: 'hr_staff',
  format: 'hybrid',
  language: 'de',
  startsAt: '2026-12-10T09:00:00.000Z',
  endsAt: '2026-12-10T11:00:00.000Z',
  registrationDeadline: '2026-12-08T17:00:00.000Z',
  location: 'Mercatorstraße 22–24, 47051 Duisburg',
  room: 'Saal Rhein',
  onlineUrl: 'https://meet.example.org/ihk-81a',
  capacity: 20,
  seatLimitPerOrganization: null,
  otherConfirmed: 17,
  publishedAt: createdAt,
  cancelledAt: null,
  cancellationReason: null,
  createdAt,
  updatedAt: createdAt,
};

/** Online in January 2027 and fully booked. */
export const cityEvent: StoredEvent = {
  id: 'event-city',
  organizerId: cityOrganization.id,
  status: 'published',
  title: 'Die Blaue Karte EU in der Praxis',
  titleEn: null,
  description: 'Voraussetzungen, Gehaltsgrenzen und Familiennachzug.',
  descriptionEn: null,
  topics: ['blue_card', 'legal_changes'],
  targetGroup: 'all_employers',
  format: 'online',
  language: 'en',
  startsAt: '2027-01-14T13:00:00.000Z',
  endsAt: '2027-01-14T14:30:00.000Z',
  registrationDeadline: '2027-01-13T12:00:00.000Z',
  location: null,
  room: null,
  onlineUrl: 'https://meet.example.org/blaue-karte',
  capacity: 30,
  seatLimitPerOrganization: 3,
  otherConfirmed: 30,
  publishedAt: createdAt,
  cancelledAt: null,
  cancellationReason: null,
  createdAt,
  updatedAt: createdAt,
};

function makeRegistration(
  overrides: Partial<StoredRegistration> & Pick<StoredRegistration, 'id' | 'name' | 'email'>,
): StoredRegistration {
  const registration = eventRegistrationSchema.parse({
    eventId: ihkEvent.id,
    note: null,
    status: 'confirmed',
    waitlistPosition: null,
    organization: summaryOf(pendingEmployer),
    registeredByName: 'Jana Neumann',
    registeredAt: createdAt,
    cancelledAt: null,
    ...overrides,
  });
  return {
    ...registration,
    attended: overrides.attended ?? null,
    attendanceRecordedAt: overrides.attendanceRecordedAt ?? null,
  };
}

export const ihkRegistrations: StoredRegistration[] = [
  makeRegistration({
    id: 'reg-anna',
    name: 'Anna Schmidt',
    email: 'anna.schmidt@neu-logistik.example',
  }),
  makeRegistration({
    id: 'reg-jonas',
    name: 'Jonas Weber',
    email: 'jonas.weber@neu-logistik.example',
    note: 'Kommt mit dem Rollstuhl.',
  }),
];
