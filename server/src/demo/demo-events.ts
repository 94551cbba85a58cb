import type { CreateEvent, RegistrationStatus } from '@itc/shared';

type DemoAttendee = {
  name: string;
  email: string;
  status: Exclude<RegistrationStatus, 'cancelled'>;
  /** Recorded at the door; only for events that have taken place. */
  attended?: boolean;
};

type DemoRegistration = {
  /** Key in `demoOrganizations` and email in `demoUsers` of the registering HR user. */
  organization: string;
  registeredBy: string;
  attendees: DemoAttendee[];
};

export type DemoEvent = {
  organizer: string;
  createdBy: string;
  status: 'draft' | 'published';
  /** Days from the seeding day; negative for an event that has taken place. */
  day: number;
  /** German wall-clock time of the start, e.g. "10:00". */
  startTime: string;
  hours: number;
  deadlineDaysBefore: number;
  fields: Omit<CreateEvent, 'startsAt' | 'endsAt' | 'registrationDeadline'>;
  /** In the order the registrations were accepted: the waiting list keeps it. */
  registrations: DemoRegistration[];
};

const attendee = (
  name: string,
  email: string,
  status: DemoAttendee['status'] = 'confirmed',
  attended?: boolean,
): DemoAttendee => ({ name, email, status, attended });

/**
 * Events of the three organisers: one nearly full, one with a waiting list (capacity and the seat
 * limit per organisation both reached), one online, one past with attendance, and a draft.
 */
export const demoEvents: DemoEvent[] = [
  {
    organizer: 'ihk',
    createdBy: 'berater@ihk.example',
    status: 'published',
    day: 12,
    startTime: '10:00',
    hours: 2,
    deadlineDaysBefore: 2,
    fields: {
      title: 'Beschleunigtes Fachkräfteverfahren kompakt',
      titleEn: 'The accelerated skilled-worker procedure in brief',
      description:
        'Wie Arbeitgeber nach § 81a AufenthG mit einer Vollmacht der Fachkraft das Verfahren bei der Ausländerbehörde anstoßen: Unterlagen, Fristen, Gebühren und typische Stolpersteine – mit Zeit für Ihre Fragen.',
      descriptionEn:
        'How employers start the procedure at the immigration office under § 81a AufenthG with the worker’s power of attorney: documents, deadlines, fees and common pitfalls – with time for your questions.',
      topics: ['accelerated_procedure', 'recognition'],
      targetGroup: 'hr_staff',
      format: 'in_person',
      language: 'de',
      location: 'Niederrheinische IHK, Mercatorstraße 22–24, 47051 Duisburg',
      room: 'Saal Rhein',
      capacity: 12,
    },
    registrations: [
      {
        organization: 'rhein-stahl',
        registeredBy: 'hr@rhein-stahl.example',
        attendees: [
          attendee('Sabine Krüger', 'hr@rhein-stahl.example'),
          attendee('Jörg Haas', 'joerg.haas@rhein-stahl.example'),
          attendee('Petra Schmitz', 'petra.schmitz@rhein-stahl.example'),
          attendee('Ahmet Kaya', 'ahmet.kaya@rhein-stahl.example'),
          attendee('Lukas Brandt', 'lukas.brandt@rhein-stahl.example'),
        ],
      },
      {
        organization: 'pflege-ruhr',
        registeredBy: 'hr@pflege-ruhr.example',
        attendees: [
          attendee('Mehmet Yılmaz', 'hr@pflege-ruhr.example'),
          attendee('Anna Nowak', 'anna.nowak@pflege-ruhr.example'),
          attendee('Fatma Demir', 'fatma.demir@pflege-ruhr.example'),
          attendee('Sven Meyer', 'sven.meyer@pflege-ruhr.example'),
        ],
      },
      {
        organization: 'neu-logistik',
        registeredBy: 'hr@neu-logistik.example',
        attendees: [
          attendee('Jana Neumann', 'hr@neu-logistik.example'),
          attendee('Tobias Lange', 'tobias.lange@neu-logistik.example'),
        ],
      },
    ],
  },
  {
    organizer: 'jobcenter',
    createdBy: 'team@jobcenter.example',
    status: 'published',
    day: 9,
    startTime: '14:00',
    hours: 3,
    deadlineDaysBefore: 1,
    fields: {
      title: 'Integration und Onboarding internationaler Fachkräfte',
      description:
        'Vom ersten Arbeitstag bis zur Wohnung: Förderangebote des Jobcenters, Sprachkurse im Betrieb, Patenschaften und was Betriebe aus der Praxis berichten.',
      topics: ['integration', 'onboarding'],
      targetGroup: 'all_employers',
      format: 'in_person',
      language: 'de',
      location: 'Jobcenter Duisburg, Wintgensstraße 29–33, 47058 Duisburg',
      room: 'Raum 1.12',
      capacity: 6,
      seatLimitPerOrganization: 3,
    },
    registrations: [
      {
        organization: 'rhein-stahl',
        registeredBy: 'hr@rhein-stahl.example',
        attendees: [
          attendee('Sabine Krüger', 'hr@rhein-stahl.example'),
          attendee('Petra Schmitz', 'petra.schmitz@rhein-stahl.example'),
          attendee('Jörg Haas', 'joerg.haas@rhein-stahl.example'),
        ],
      },
      {
        organization: 'pflege-ruhr',
        registeredBy: 'hr@pflege-ruhr.example',
        attendees: [
          attendee('Mehmet Yılmaz', 'hr@pflege-ruhr.example'),
          attendee('Anna Nowak', 'anna.nowak@pflege-ruhr.example'),
          attendee('Fatma Demir', 'fatma.demir@pflege-ruhr.example'),
          attendee('Sven Meyer', 'sven.meyer@pflege-ruhr.example', 'waitlisted'),
        ],
      },
      {
        organization: 'neu-logistik',
        registeredBy: 'hr@neu-logistik.example',
        attendees: [
          attendee('Jana Neumann', 'hr@neu-logistik.example', 'waitlisted'),
          attendee('Tobias Lange', 'tobias.lange@neu-logistik.example', 'waitlisted'),
        ],
      },
    ],
  },
  {
    organizer: 'city',
    createdBy: 'sachbearbeitung@stadt.example',
    status: 'published',
    day: 16,
    startTime: '09:30',
    hours: 1.5,
    deadlineDaysBefore: 1,
    fields: {
      title: 'Anerkennung von Pflegeberufen',
      titleEn: 'Recognition of nursing qualifications',
      description:
        'Der Weg zur Berufserlaubnis für Pflegefachkräfte aus dem Ausland: Defizitbescheid, Anpassungsmaßnahme oder Kenntnisprüfung, und wie der Aufenthalt nach § 16d AufenthG die Zeit dazwischen trägt.',
      descriptionEn:
        'The path to the professional licence for nurses from abroad: deficit notice, adaptation period or knowledge test, and how a residence permit under § 16d AufenthG bridges the time in between.',
      topics: ['recognition', 'nursing'],
      targetGroup: 'hr_staff',
      format: 'online',
      language: 'de',
      onlineUrl: 'https://meet.stadt-duisburg.example/anerkennung-pflege',
      capacity: 50,
    },
    registrations: [
      {
        organization: 'pflege-ruhr',
        registeredBy: 'hr@pflege-ruhr.example',
        attendees: [
          attendee('Mehmet Yılmaz', 'hr@pflege-ruhr.example'),
          attendee('Anna Nowak', 'anna.nowak@pflege-ruhr.example'),
        ],
      },
    ],
  },
  {
    organizer: 'city',
    createdBy: 'admin@stadt.example',
    status: 'published',
    day: -14,
    startTime: '10:00',
    hours: 2,
    deadlineDaysBefore: 2,
    fields: {
      title: 'Die Blaue Karte EU in der Praxis',
      titleEn: 'The EU Blue Card in practice',
      description:
        'Gehaltsgrenzen, Engpassberufe und IT-Fachkräfte ohne Abschluss: was seit den Rechtsänderungen für die Blaue Karte gilt.',
      descriptionEn:
        'Salary thresholds, shortage occupations and IT specialists without a degree: what applies to the Blue Card since the changes in the law.',
      topics: ['blue_card', 'legal_changes'],
      targetGroup: 'all_employers',
      format: 'hybrid',
      language: 'de',
      location: 'Stadt Duisburg, Schwanenstraße 5–7, 47051 Duisburg',
      room: 'Ratssaal',
      onlineUrl: 'https://meet.stadt-duisburg.example/blaue-karte',
      capacity: 20,
    },
    registrations: [
      {
        organization: 'rhein-stahl',
        registeredBy: 'hr@rhein-stahl.example',
        attendees: [
          attendee('Sabine Krüger', 'hr@rhein-stahl.example', 'confirmed', true),
          attendee('Ahmet Kaya', 'ahmet.kaya@rhein-stahl.example', 'confirmed', true),
          attendee('Lukas Brandt', 'lukas.brandt@rhein-stahl.example', 'confirmed', false),
        ],
      },
      {
        organization: 'pflege-ruhr',
        registeredBy: 'hr@pflege-ruhr.example',
        attendees: [attendee('Mehmet Yılmaz', 'hr@pflege-ruhr.example', 'confirmed', true)],
      },
    ],
  },
  {
    organizer: 'ihk',
    createdBy: 'berater@ihk.example',
    status: 'draft',
    day: 30,
    startTime: '10:00',
    hours: 2,
    deadlineDaysBefore: 3,
    fields: {
      title: 'Faire Anwerbung: Gütesiegel und Vermittlungsagenturen',
      description:
        'Woran Sie seriöse Personalvermittler im Ausland erkennen und was das Gütesiegel „Faire Anwerbung Pflege Deutschland“ verlangt.',
      topics: ['fair_recruitment', 'nursing'],
      targetGroup: 'management',
      format: 'online',
      language: 'de',
      onlineUrl: 'https://meet.ihk-niederrhein.example/faire-anwerbung',
      capacity: 40,
    },
    registrations: [],
  },
];
