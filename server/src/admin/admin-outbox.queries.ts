import { type Db, schema } from '@itc/db';
import type { OutboxAttachment, OutboxMessage } from '@itc/shared';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { AppError } from '../lib/app-error';
import { toPage } from '../lib/cursor';
import { afterCursor } from '../lib/keyset';

const outbox = schema.outbox;

/** Bytes of a base64 payload, without decoding it. */
function base64Size(content: string): number {
  const padding = content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0;
  return Math.floor((content.length * 3) / 4) - padding;
}

/**
 * A column lowered for searching: SQLite's lower() knows only A–Z, so the German capitals are
 * lowered first ("BESTÄTIGT" finds "bestätigt").
 */
function lowered(column: SQLiteColumn) {
  return sql`lower(replace(replace(replace(${column}, 'Ä', 'ä'), 'Ö', 'ö'), 'Ü', 'ü'))`;
}

/** A part of the recipient or the subject, in any case. */
function matchesSearch(q: string | undefined) {
  const term = q?.toLowerCase();
  if (!term) return undefined;
  return sql`(instr(${lowered(outbox.to)}, ${term}) > 0 or instr(${lowered(outbox.subject)}, ${term}) > 0)`;
}

/** Newest first: the development mailbox reads like an inbox. */
export function listOutbox(options: { db: Db; limit: number; cursor?: string; q?: string }) {
  const { db, limit, cursor, q } = options;
  const rows = db
    .select()
    .from(outbox)
    .where(and(afterCursor(cursor, [outbox.createdAt, outbox.id], 'desc'), matchesSearch(q)))
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(limit + 1)
    .all();
  const page = toPage(rows, limit, (row) => [row.createdAt, row.id]);
  const items: OutboxMessage[] = page.items.map((row) => ({
    id: row.id,
    to: row.to,
    subject: row.subject,
    text: row.text,
    attachments: (row.attachments ?? []).map(({ filename, contentType, content }) => ({
      filename,
      contentType,
      size: base64Size(content),
    })),
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  }));
  return { items, nextCursor: page.nextCursor };
}

/** One attachment of a stored email, by its position in the email. */
export function findOutboxAttachment(options: {
  db: Db;
  id: string;
  index: number;
}): OutboxAttachment {
  const { db, id, index } = options;
  const row = db
    .select({ attachments: outbox.attachments })
    .from(outbox)
    .where(eq(outbox.id, id))
    .get();
  const attachment = row?.attachments?.[index];
  if (!attachment) throw new AppError('not_found');
  return attachment;
}
