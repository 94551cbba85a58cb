import { type Db, schema } from '@itc/db';
import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Clock } from '../lib/clock';

export type MailAttachment = { filename: string; contentType: string; content: Buffer };

export type MailMessage = {
  from: string;
  to: string;
  subject: string;
  text: string;
  attachments: MailAttachment[];
};

export type MailTransport = {
  send(message: MailMessage): Promise<void>;
};

export type MailDispatcher = {
  /** Whether a mail server is configured; without one the outbox is the mailbox. */
  readonly hasTransport: boolean;
  deliverPending(): Promise<number>;
  start(intervalMs?: number): void;
  stop(): void;
};

const maxBackoffMs = 60 * 60_000;

/** Delivers queued emails; failures are retried with growing pauses until the server accepts. */
export function createMailDispatcher(options: {
  db: Db;
  clock: Clock;
  logger: Logger;
  transport: MailTransport | null;
  from: string;
}): MailDispatcher {
  const { db, clock, logger, transport, from } = options;
  let timer: NodeJS.Timeout | null = null;
  let running = false;

  async function deliverPending(): Promise<number> {
    if (!transport || running) return 0;
    running = true;
    let delivered = 0;
    try {
      const now = clock.now().toISOString();
      const due = db
        .select()
        .from(schema.outbox)
        .where(and(isNull(schema.outbox.sentAt), lte(schema.outbox.nextAttemptAt, now)))
        .orderBy(asc(schema.outbox.createdAt))
        .limit(50)
        .all();
      for (const message of due) {
        try {
          await transport.send({
            from,
            to: message.to,
            subject: message.subject,
            text: message.text,
            attachments: (message.attachments ?? []).map((attachment) => ({
              filename: attachment.filename,
              contentType: attachment.contentType,
              content: Buffer.from(attachment.content, 'base64'),
            })),
          });
          db.update(schema.outbox)
            .set({
              sentAt: clock.now().toISOString(),
              attempts: message.attempts + 1,
              lastError: null,
            })
            .where(eq(schema.outbox.id, message.id))
            .run();
          delivered += 1;
        } catch (error) {
          const attempts = message.attempts + 1;
          const backoff = Math.min(2 ** attempts * 30_000, maxBackoffMs);
          logger.warn({ err: error, outboxId: message.id, attempts }, 'email delivery failed');
          db.update(schema.outbox)
            .set({
              attempts,
              lastError: error instanceof Error ? error.message : String(error),
              nextAttemptAt: new Date(clock.now().getTime() + backoff).toISOString(),
            })
            .where(eq(schema.outbox.id, message.id))
            .run();
        }
      }
    } finally {
      running = false;
    }
    return delivered;
  }

  return {
    hasTransport: transport !== null,
    deliverPending,
    start(intervalMs = 5_000) {
      if (!transport || timer) return;
      timer = setInterval(() => {
        void deliverPending();
      }, intervalMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
