import type { Db } from '@itc/db';

/**
 * Hand-written SQL compiled once per database and text, then only run: for queries whose text
 * depends only on which filters are set (the reviewer queue, retention).
 */
type Sqlite = Db['$client'];

function prepare(client: Sqlite, text: string) {
  return client.prepare<unknown[]>(text);
}
type Statement = ReturnType<typeof prepare>;

const statementsByDb = new WeakMap<Sqlite, Map<string, Statement>>();
/** Filter combinations are finite, but a bound keeps a misbehaving client from growing it. */
const maxCachedStatements = 1000;

export function cachedStatement(client: Sqlite, text: string): Statement {
  let statements = statementsByDb.get(client);
  if (!statements) {
    statements = new Map();
    statementsByDb.set(client, statements);
  }
  let statement = statements.get(text);
  if (!statement) {
    if (statements.size >= maxCachedStatements) statements.clear();
    statement = prepare(client, text);
    statements.set(text, statement);
  }
  return statement;
}
