import { type Db, newId, schema } from '@itc/db';
import {
  type Locale,
  type NotificationKind,
  type NotificationParams,
  notificationTitle,
} from '@itc/shared';
import type { LinkTo } from '../mail/link-to';
import { enqueueEmail } from '../mail/outbox';
import { notificationEmail } from './notification-email';

export type Recipient = { id: string; email: string; name: string; locale: Locale };

export type CaseNotification = {
  kind: NotificationKind;
  caseId: string;
  params: NotificationParams;
  /** Extra lines for the email, per language (e.g. the requested documents). */
  details?: (locale: Locale) => string[];
};

/** Where a notification leads in the portal. */
export function casePath(caseId: string): string {
  return `/cases/${caseId}`;
}

/**
 * An in-app notification and an email in each recipient's language, queued in the caller's
 * transaction: they exist exactly when the change they report does.
 */
export function notifyUsers(
  tx: Pick<Db, 'insert'>,
  options: { recipients: Recipient[]; notification: CaseNotification; linkTo: LinkTo; now: Date },
): void {
  const { recipients, notification, linkTo, now } = options;
  const { kind, caseId, params, details } = notification;
  for (const recipient of recipients) {
    tx.insert(schema.notifications)
      .values({
        id: newId(),
        userId: recipient.id,
        caseId,
        kind,
        params,
        createdAt: now.toISOString(),
      })
      .run();
    const email = notificationEmail(recipient.locale, {
      name: recipient.name,
      title: notificationTitle(kind, params, recipient.locale),
      details: details?.(recipient.locale) ?? [],
      link: linkTo(casePath(caseId)),
    });
    enqueueEmail(tx, { to: recipient.email, ...email }, now);
  }
}
