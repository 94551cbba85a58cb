import { type Db, schema } from '@itc/db';
import type { CaseMessage, ListResponse } from '@itc/shared';
import { and, asc, eq } from 'drizzle-orm';
import { toPage } from '../../lib/cursor';
import { afterCursor } from '../../lib/keyset';

const { caseMessages, organizations, users } = schema;

function selectMessages(db: Pick<Db, 'select'>) {
  return db
    .select({
      message: caseMessages,
      authorName: users.name,
      organizationName: organizations.name,
      organizationType: organizations.type,
    })
    .from(caseMessages)
    .innerJoin(users, eq(users.id, caseMessages.authorUserId))
    .innerJoin(organizations, eq(organizations.id, caseMessages.authorOrganizationId));
}

type MessageRecord = {
  message: typeof caseMessages.$inferSelect;
  authorName: string;
  organizationName: string;
  organizationType: typeof organizations.$inferSelect.type;
};

function toCaseMessage(record: MessageRecord): CaseMessage {
  const { message } = record;
  return {
    id: message.id,
    caseId: message.caseId,
    body: message.body,
    internal: message.internal,
    author: {
      id: message.authorUserId,
      name: record.authorName,
      organizationName: record.organizationName,
      side: record.organizationType === 'city' ? 'city' : 'employer_side',
    },
    createdAt: message.createdAt,
  };
}

/** The thread, oldest first; internal notes only when the reader is city staff. */
export function listCaseMessages(options: {
  db: Pick<Db, 'select'>;
  caseId: string;
  includeInternal: boolean;
  limit: number;
  cursor?: string;
}): ListResponse<CaseMessage> {
  const { db, caseId, includeInternal, limit, cursor } = options;
  const rows = selectMessages(db)
    .where(
      and(
        eq(caseMessages.caseId, caseId),
        includeInternal ? undefined : eq(caseMessages.internal, false),
        afterCursor(cursor, [caseMessages.createdAt, caseMessages.id], 'asc'),
      ),
    )
    .orderBy(asc(caseMessages.createdAt), asc(caseMessages.id))
    .limit(limit + 1)
    .all();
  const page = toPage(rows, limit, (row) => [row.message.createdAt, row.message.id]);
  return { items: page.items.map(toCaseMessage), nextCursor: page.nextCursor };
}

export function findCaseMessage(db: Pick<Db, 'select'>, id: string): CaseMessage | null {
  const row = selectMessages(db).where(eq(caseMessages.id, id)).get();
  return row ? toCaseMessage(row) : null;
}
