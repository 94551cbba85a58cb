import { type Db, newId, schema } from '@itc/db';
import type { OutboxAttachment } from '@itc/shared';

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  attachments?: OutboxAttachment[];
  dedupeKey?: string;
};

/** A database handle or an open transaction: queueing joins the caller's transaction. */
type DbOrTx = Pick<Db, 'insert'>;

/** Stores an email in the outbox; a repeated dedupe key is a no-op. True when it was queued. */
export function enqueueEmail(db: DbOrTx, email: OutgoingEmail, now: Date): boolean {
  const result = db
    .insert(schema.outbox)
    .values({
      id: newId(),
      dedupeKey: email.dedupeKey ?? null,
      to: email.to,
      subject: email.subject,
      text: email.text,
      attachments: email.attachments?.length ? email.attachments : null,
      createdAt: now.toISOString(),
      nextAttemptAt: now.toISOString(),
    })
    .onConflictDoNothing({ target: schema.outbox.dedupeKey })
    .run();
  return result.changes > 0;
}
