import type { Db } from '@itc/db';

type Reader = Pick<Db, 'select'>;

/**
 * A drizzle query built and compiled once per database (or transaction) and then only run. On
 * a case detail, building each query's SQL and preparing its statement anew took about three
 * times as long as running them; the values go in as `sql.placeholder`s. The weak map lets a
 * finished transaction's statements go with it.
 */
export function preparedPerDb<Query>(build: (db: Reader) => Query): (db: Reader) => Query {
  const queries = new WeakMap<Reader, Query>();
  return (db) => {
    let query = queries.get(db);
    if (query === undefined) {
      query = build(db);
      queries.set(db, query);
    }
    return query;
  };
}
