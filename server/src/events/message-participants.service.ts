import type { Db } from '@itc/db';
import type { MessageParticipants } from '@itc/shared';
import type { AuthContext } from '../app-env';
import type { LinkTo } from '../mail/link-to';
import { findActiveRegistrations } from './active-registrations';
import { auditEvent } from './audit-event';
import { findOrganizedEventRow } from './event-access';
import { eventEmailTemplates } from './event-email-templates';
import { eventMailContext, queueEventMail } from './event-mails';

/** The organiser writes to every confirmed and waitlisted attendee; one email each, via the outbox. */
export function messageParticipants(options: {
  db: Db;
  now: Date;
  actor: AuthContext;
  linkTo: LinkTo;
  eventId: string;
  input: MessageParticipants;
}): { recipients: number } {
  const { db, now, actor, linkTo, eventId, input } = options;
  return db.transaction((tx) => {
    const event = findOrganizedEventRow(tx, actor, eventId);
    const context = eventMailContext(tx, event, linkTo, now);
    const recipients = findActiveRegistrations(tx, event.id);
    for (const registration of recipients) {
      queueEventMail(tx, context, registration, (locale, facts) =>
        eventEmailTemplates.organizerMessage(locale, {
          ...facts,
          subject: input.subject,
          message: input.body,
        }),
      );
    }
    auditEvent(
      tx,
      actor,
      event.id,
      {
        action: 'event.message_sent',
        after: { subject: input.subject, recipients: recipients.length },
      },
      now,
    );
    return { recipients: recipients.length };
  });
}
