import { type Db, schema } from '@itc/db';
import { and, eq } from 'drizzle-orm';
import type { AuthContext } from '../../app-env';
import { AppError } from '../../lib/app-error';
import type { LinkTo } from '../../mail/link-to';
import { assertEventChangeable } from '../assert-event-changeable.rules';
import { auditEvent } from '../audit-event.service';
import { findVisibleEventRow, isOrganizerOf } from '../event-access.queries';
import { eventEmailTemplates } from '../mailing/event-email.templates';
import { eventMailContext, queueEventMail } from '../mailing/event-mails.service';
import { withdrawPendingReminders } from '../mailing/event-reminders.service';
import { promoteWaitlisted } from './promote-waitlisted.service';

const registrations = schema.eventRegistrations;

/**
 * Cancels one attendee, for the registering organisation or the organiser. A freed seat goes to
 * the waiting list at once, in the same transaction, to the first in line who may take it.
 */
export function cancelRegistration(options: {
  db: Db;
  now: Date;
  actor: AuthContext;
  linkTo: LinkTo;
  eventId: string;
  registrationId: string;
}): void {
  const { db, now, actor, linkTo, eventId, registrationId } = options;
  db.transaction((tx) => {
    const event = findVisibleEventRow(tx, actor, eventId);
    const registration = tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.id, registrationId), eq(registrations.eventId, event.id)))
      .get();
    const mayCancel =
      registration &&
      (registration.organizationId === actor.organization.id || isOrganizerOf(actor, event));
    if (!registration || !mayCancel) throw new AppError('not_found');
    if (registration.status === 'cancelled') {
      throw new AppError('registration_already_cancelled', {
        detail: 'This registration is already cancelled.',
      });
    }
    assertEventChangeable(event, now);
    tx.update(registrations)
      .set({ status: 'cancelled', cancelledAt: now.toISOString(), cancelledBy: actor.user.id })
      .where(eq(registrations.id, registration.id))
      .run();
    withdrawPendingReminders(tx, event.id, registration.id);
    const context = eventMailContext(tx, event, linkTo, now);
    queueEventMail(tx, context, registration, eventEmailTemplates.registrationCancelled);
    const promoted = registration.status === 'confirmed' ? promoteWaitlisted(tx, context) : [];
    auditEvent(
      tx,
      actor,
      event.id,
      {
        action: 'event.registration_cancelled',
        before: { registrationId: registration.id, status: registration.status },
        after: { status: 'cancelled', promoted: promoted.map((row) => row.id) },
      },
      now,
    );
  });
}
