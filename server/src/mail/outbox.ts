import { type Db, newId, schema } from '@itc/db';

export type OutgoingEmail = { to: string; subject: string; text: string; dedupeKey?: string };

/** A database handle or an open transaction: queueing joins the caller's transaction. */
type DbOrTx = Pick<Db, 'insert'>;

/** Stores an email in the outbox; a repeated dedupe key is a no-op. */
export function enqueueEmail(db: DbOrTx, email: OutgoingEmail, now: Date): void {
  db.insert(schema.outbox)
    .values({
      id: newId(),
      dedupeKey: email.dedupeKey ?? null,
      to: email.to,
      subject: email.subject,
      text: email.text,
      createdAt: now.toISOString(),
      nextAttemptAt: now.toISOString(),
    })
    .onConflictDoNothing({ target: schema.outbox.dedupeKey })
    .run();
}
