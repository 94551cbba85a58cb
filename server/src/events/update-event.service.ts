import { type Db, schema } from '@itc/db';
import { type Event, type EventFields, eventFieldIssues, type UpdateEvent } from '@itc/shared';
import { eq } from 'drizzle-orm';
import type { AuthContext } from '../app-env';
import { AppError } from '../lib/app-error';
import { fieldError, invalidFields } from '../lib/validation-errors';
import type { LinkTo } from '../mail/link-to';
import { assertEventChangeable } from './assert-event-changeable.rules';
import { auditEvent } from './audit-event.service';
import { type EventRow, findOrganizedEventRow } from './event-access.queries';
import {
  changedEventFields,
  type EventValues,
  pastTimeIssues,
  pickEventValues,
  toEventValues,
} from './event-values.mapper';
import { getEvent } from './events.queries';
import { eventEmailTemplates } from './mailing/event-email.templates';
import {
  type EventMailContext,
  eventMailContext,
  queueEventMail,
} from './mailing/event-mails.service';
import { withdrawPendingReminders } from './mailing/event-reminders.service';
import { findActiveRegistrations } from './registrations/active-registrations.queries';
import { countSeats } from './registrations/event-seats.queries';
import { promoteWaitlisted } from './registrations/promote-waitlisted.service';

type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'delete'>;

/** Changes attendees must hear about: they may have planned around the old time or place. */
const scheduleFields: readonly (keyof EventFields)[] = [
  'startsAt',
  'endsAt',
  'format',
  'location',
  'room',
  'onlineUrl',
];

/** The edited event, checked as a whole: a new start is held against the stored deadline. */
function mergeEdit(before: EventRow, input: UpdateEvent, actor: AuthContext, now: Date) {
  const merged: EventFields = { ...pickEventValues(before), ...input };
  const values = toEventValues(merged);
  const changed = changedEventFields(pickEventValues(before), values);
  const movedTimes = pastTimeIssues(values, now).filter((issue) => changed.includes(issue.path));
  const issues = [...eventFieldIssues(merged), ...movedTimes];
  if (issues.length > 0) throw invalidFields(issues, actor.user.locale);
  return { values, changed };
}

/** Fewer seats than are confirmed would take seats away from people; that is refused. */
function assertCapacityHoldsConfirmed(
  tx: Tx,
  event: EventRow,
  values: EventValues,
  actor: AuthContext,
) {
  const { confirmed } = countSeats(tx, event);
  if (values.capacity < confirmed) {
    throw new AppError('capacity_below_confirmed', {
      detail: `${confirmed} seats are already confirmed.`,
      errors: [fieldError('capacity', 'capacity_below_confirmed', actor.user.locale)],
      extra: { confirmed },
    });
  }
}

/** Attendees of a published event hear of a new time or place; reminders follow the new time. */
function announceScheduleChange(tx: Tx, context: EventMailContext) {
  withdrawPendingReminders(tx, context.event.id);
  for (const registration of findActiveRegistrations(tx, context.event.id)) {
    queueEventMail(tx, context, registration, eventEmailTemplates.eventChanged);
  }
}

/**
 * Edits a draft or a published event that has not begun. More seats, or a higher limit per
 * organisation, promote from the waiting list at once.
 */
export function updateEvent(options: {
  db: Db;
  now: Date;
  actor: AuthContext;
  linkTo: LinkTo;
  id: string;
  input: UpdateEvent;
}): Event {
  const { db, now, actor, linkTo, id, input } = options;
  return db.transaction((tx) => {
    const before = findOrganizedEventRow(tx, actor, id);
    assertEventChangeable(before, now);
    const { values, changed } = mergeEdit(before, input, actor, now);
    if (changed.length === 0) return getEvent(tx, actor, id, now);
    assertCapacityHoldsConfirmed(tx, before, values, actor);
    tx.update(schema.events)
      .set({ ...values, updatedAt: now.toISOString() })
      .where(eq(schema.events.id, id))
      .run();
    if (before.status === 'published') {
      const context = eventMailContext(tx, { ...before, ...values }, linkTo, now);
      if (changed.some((field) => scheduleFields.includes(field))) {
        announceScheduleChange(tx, context);
      }
      promoteWaitlisted(tx, context);
    }
    auditEvent(tx, actor, id, { action: 'event.updated', after: { changedFields: changed } }, now);
    return getEvent(tx, actor, id, now);
  });
}
