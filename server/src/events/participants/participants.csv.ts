import {
  berlinWallClock,
  type EventParticipant,
  type Locale,
  registrationStatusLabels,
} from '@itc/shared';
import { csvLine, utf8Bom } from '../../lib/csv';
import { formatGermanDate } from '../../pdf/german-format';

const headers: Record<Locale, string[]> = {
  de: [
    'Name',
    'E-Mail',
    'Organisation',
    'Status',
    'Wartelistenplatz',
    'Angemeldet am',
    'Angemeldet von',
    'Anmerkung',
    'Anwesend',
  ],
  en: [
    'Name',
    'Email',
    'Organisation',
    'Status',
    'Waiting list position',
    'Registered at',
    'Registered by',
    'Note',
    'Attended',
  ],
};

const attendance: Record<Locale, Record<'true' | 'false', string>> = {
  de: { true: 'ja', false: 'nein' },
  en: { true: 'yes', false: 'no' },
};

/** "25.11.2026 10:00" in German time, which German Excel reads as a date and time. */
function germanDateTime(iso: string): string {
  const { date, time } = berlinWallClock(new Date(iso));
  return `${formatGermanDate(date)} ${time}`;
}

/**
 * The participant list as German Excel opens it by double-click: UTF-8 with a byte order mark
 * (so umlauts survive), semicolons between fields, CRLF line ends, formulas defused.
 */
export function renderParticipantsCsv(participants: EventParticipant[], locale: Locale): string {
  const rows = participants.map((participant) => [
    participant.name,
    participant.email,
    participant.organization.name,
    registrationStatusLabels[participant.status][locale],
    participant.waitlistPosition === null ? '' : String(participant.waitlistPosition),
    germanDateTime(participant.registeredAt),
    participant.registeredByName,
    participant.note ?? '',
    participant.attended === null ? '' : attendance[locale][`${participant.attended}`],
  ]);
  return utf8Bom + [headers[locale], ...rows].map(csvLine).join('');
}
