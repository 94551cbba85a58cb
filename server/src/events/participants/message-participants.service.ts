import type { Db } from '@itc/db';
import type { MessageParticipants } from '@itc/shared';
import type { AuthContext } from '../../app-env';
import type { LinkTo } from '../../mail/link-to';
import { auditEvent } from '../audit-event.service';
import { findOrganizedEventRow } from '../event-access.queries';
import { eventEmailTemplates } from '../mailing/event-email.templates';
import { eventMailContext, queueEventMail } from '../mailing/event-mails.service';
import { findActiveRegistrations } from '../registrations/active-registrations.queries';

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
