/**
 * Lets every other waiting request and timer run before the caller continues: the break between
 * the short synchronous slices of a long read (better-sqlite3 blocks the thread while it queries).
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
