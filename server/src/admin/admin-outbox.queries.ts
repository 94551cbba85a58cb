import { type Db, schema } from '@itc/db';
import type { OutboxMessage } from '@itc/shared';
import { desc } from 'drizzle-orm';
import { toPage } from '../lib/cursor';
import { afterCursor } from '../lib/keyset';

/** Newest first: the development mailbox reads like an inbox. */
export function listOutbox(options: { db: Db; limit: number; cursor?: string }) {
  const { db, limit, cursor } = options;
  const rows = db
    .select()
    .from(schema.outbox)
    .where(afterCursor(cursor, [schema.outbox.createdAt, schema.outbox.id], 'desc'))
    .orderBy(desc(schema.outbox.createdAt), desc(schema.outbox.id))
    .limit(limit + 1)
    .all();
  const page = toPage(rows, limit, (row) => [row.createdAt, row.id]);
  const items: OutboxMessage[] = page.items.map((row) => ({
    id: row.id,
    to: row.to,
    subject: row.subject,
    text: row.text,
    attachments: (row.attachments ?? []).map(({ filename, contentType }) => ({
      filename,
      contentType,
    })),
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  }));
  return { items, nextCursor: page.nextCursor };
}
