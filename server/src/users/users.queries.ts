import { type Db, schema } from '@itc/db';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { toPage } from '../lib/cursor';
import { afterCursor } from '../lib/keyset';
import { toUser } from './user.mapper';

/** Users, optionally of one organisation, oldest first, keyset-paginated. */
export function listUsers(options: {
  db: Db;
  organizationId?: string;
  limit: number;
  cursor?: string;
}) {
  const { db, organizationId, limit, cursor } = options;
  const conditions: (SQL | undefined)[] = [
    organizationId ? eq(schema.users.organizationId, organizationId) : undefined,
    afterCursor(cursor, [schema.users.createdAt, schema.users.id], 'asc'),
  ];
  const rows = db
    .select({ user: schema.users, organization: schema.organizations })
    .from(schema.users)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.users.organizationId))
    .where(and(...conditions))
    .orderBy(asc(schema.users.createdAt), asc(schema.users.id))
    .limit(limit + 1)
    .all();
  const page = toPage(rows, limit, (row) => [row.user.createdAt, row.user.id]);
  return { items: page.items.map(toUser), nextCursor: page.nextCursor };
}

export function findUser(db: Db, userId: string) {
  const row = db
    .select({ user: schema.users, organization: schema.organizations })
    .from(schema.users)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.users.organizationId))
    .where(eq(schema.users.id, userId))
    .get();
  return row ? toUser(row) : null;
}
