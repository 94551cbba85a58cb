import { type Db, newId, schema } from '@itc/db';
import type { CancelEvent, Event, EventFields } from '@itc/shared';
import { eq } from 'drizzle-orm';
import type { AuthContext } from '../app-env';
import { AppError } from '../lib/app-error';
import { invalidFields } from '../lib/validation-errors';
import type { LinkTo } from '../mail/link-to';
import { assertEventChangeable } from './assert-event-changeable.rules';
import { auditEvent } from './audit-event.service';
import { findOrganizedEventRow } from './event-access.queries';
import { pastTimeIssues, toEventValues } from './event-values.mapper';
import { getEvent } from './events.queries';
import { eventEmailTemplates } from './mailing/event-email.templates';
import { eventMailContext, queueEventMail } from './mailing/event-mails.service';
import { withdrawPendingReminders } from './mailing/event-reminders.service';
import { findActiveRegistrations } from './registrations/active-registrations.queries';

type WriteOptions = { db: Db; now: Date; actor: AuthContext };

/** A new event is a draft of the caller's organisation; nobody else sees it until published. */
export function createEvent(options: WriteOptions & { input: EventFields }): Event {
  const { db, now, actor, input } = options;
  const values = toEventValues(input);
  const issues = pastTimeIssues(values, now);
  if (issues.length > 0) throw invalidFields(issues, actor.user.locale);
  const id = newId();
  return db.transaction((tx) => {
    tx.insert(schema.events)
      .values({
        id,
        organizationId: actor.organization.id,
        status: 'draft',
        ...values,
        createdBy: actor.user.id,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      })
      .run();
    auditEvent(tx, actor, id, { action: 'event.created', after: { status: 'draft' } }, now);
    return getEvent(tx, actor, id, now);
  });
}

/** Opens registration; 409 when the deadline has already passed. */
export function publishEvent(options: WriteOptions & { id: string }): Event {
  const { db, now, actor, id } = options;
  return db.transaction((tx) => {
    const event = findOrganizedEventRow(tx, actor, id);
    assertEventChangeable(event, now);
    if (event.status === 'published') {
      throw new AppError('event_already_published', { detail: 'The event is already published.' });
    }
    if (event.registrationDeadline <= now.toISOString()) {
      throw new AppError('event_closed', {
        detail: 'The registration deadline has passed. Move it before publishing.',
      });
    }
    tx.update(schema.events)
      .set({ status: 'published', publishedAt: now.toISOString(), updatedAt: now.toISOString() })
      .where(eq(schema.events.id, id))
      .run();
    auditEvent(
      tx,
      actor,
      id,
      { action: 'event.published', before: { status: 'draft' }, after: { status: 'published' } },
      now,
    );
    return getEvent(tx, actor, id, now);
  });
}

/**
 * Cancels the event and tells every confirmed and waitlisted attendee. The registrations stay as
 * they were, so the organiser still sees who was affected.
 */
export function cancelEvent(
  options: WriteOptions & { id: string; linkTo: LinkTo; input: CancelEvent },
): Event {
  const { db, now, actor, id, linkTo } = options;
  const reason = options.input.reason ?? null;
  return db.transaction((tx) => {
    const before = findOrganizedEventRow(tx, actor, id);
    assertEventChangeable(before, now);
    tx.update(schema.events)
      .set({
        status: 'cancelled',
        cancelledAt: now.toISOString(),
        cancellationReason: reason,
        updatedAt: now.toISOString(),
      })
      .where(eq(schema.events.id, id))
      .run();
    withdrawPendingReminders(tx, id);
    const context = eventMailContext(tx, { ...before, status: 'cancelled' }, linkTo, now);
    const recipients = findActiveRegistrations(tx, id);
    for (const registration of recipients) {
      queueEventMail(tx, context, registration, (locale, facts) =>
        eventEmailTemplates.eventCancelled(locale, { ...facts, reason }),
      );
    }
    auditEvent(
      tx,
      actor,
      id,
      {
        action: 'event.cancelled',
        reason,
        before: { status: before.status },
        after: { status: 'cancelled', notified: recipients.length },
      },
      now,
    );
    return getEvent(tx, actor, id, now);
  });
}
