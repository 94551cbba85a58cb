import { type Db, schema } from '@itc/db';
import { type EventParticipant, isCheckInOpen, type RecordAttendance } from '@itc/shared';
import { and, eq } from 'drizzle-orm';
import type { AuthContext } from '../../app-env';
import { AppError } from '../../lib/app-error';
import { auditEvent } from '../audit-event.service';
import { findOrganizedEventRow } from '../event-access.queries';
import { toEventParticipant } from '../registrations/event-registration.mapper';
import { findRegistrations } from '../registrations/event-registrations.queries';

const registrations = schema.eventRegistrations;

/** Check-in at the door (from the day before, or a correction afterwards) for a confirmed attendee. */
export function recordAttendance(options: {
  db: Db;
  now: Date;
  actor: AuthContext;
  eventId: string;
  input: RecordAttendance;
}): EventParticipant {
  const { db, now, actor, eventId, input } = options;
  return db.transaction((tx) => {
    const event = findOrganizedEventRow(tx, actor, eventId);
    if (event.status !== 'published') {
      throw new AppError(event.status === 'cancelled' ? 'event_cancelled' : 'event_not_published', {
        detail: 'Attendance is recorded for published events only.',
      });
    }
    if (!isCheckInOpen(event, now)) {
      throw new AppError('check_in_not_open', {
        detail: 'Check-in opens on the day before the event.',
      });
    }
    const registration = tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.id, input.registrationId), eq(registrations.eventId, event.id)))
      .get();
    if (!registration) throw new AppError('not_found');
    if (registration.status !== 'confirmed') {
      throw new AppError('registration_not_confirmed', {
        detail: 'Only confirmed participants can be checked in.',
      });
    }
    tx.update(registrations)
      .set({ attended: input.attended, attendanceRecordedAt: now.toISOString() })
      .where(eq(registrations.id, registration.id))
      .run();
    auditEvent(
      tx,
      actor,
      event.id,
      {
        action: 'event.attendance_recorded',
        before: { registrationId: registration.id, attended: registration.attended },
        after: { attended: input.attended },
      },
      now,
    );
    const [row] = findRegistrations(tx, [registration.id]);
    if (!row) throw new AppError('not_found');
    return toEventParticipant(row);
  });
}
