import type { Db } from '@itc/db';
import { berlinWallClock, type Locale } from '@itc/shared';
import type { AuthContext } from '../../app-env';
import { auditEvent } from '../audit-event.service';
import { findOrganizedEventRow } from '../event-access.queries';
import { toEventParticipant } from '../registrations/event-registration.mapper';
import { listAllRegistrations } from '../registrations/event-registrations.queries';
import { renderParticipantsCsv } from './participants.csv';

/** The whole participant list as CSV; exporting personal data is recorded in the audit log. */
export function exportParticipants(options: {
  db: Db;
  now: Date;
  actor: AuthContext;
  eventId: string;
  locale: Locale;
}): { csv: string; fileName: string } {
  const { db, now, actor, eventId, locale } = options;
  return db.transaction((tx) => {
    const event = findOrganizedEventRow(tx, actor, eventId);
    const participants = listAllRegistrations(tx, { eventId: event.id }).map(toEventParticipant);
    auditEvent(
      tx,
      actor,
      event.id,
      { action: 'event.participants_exported', after: { rows: participants.length } },
      now,
    );
    const day = berlinWallClock(new Date(event.startsAt)).date;
    const prefix = locale === 'de' ? 'Teilnehmende' : 'Participants';
    return {
      csv: renderParticipantsCsv(participants, locale),
      fileName: `${prefix} ${day} ${event.title}.csv`,
    };
  });
}
