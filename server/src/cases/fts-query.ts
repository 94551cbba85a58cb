/**
 * An FTS5 MATCH expression for the queue's search box: every word (letters, digits and hyphens,
 * so a reference like ITC-2026-000123 stays one token) as a quoted prefix, all of them required.
 * Quoting keeps FTS5's own syntax (AND, NEAR, column filters, quotes) out of user input. Null
 * when nothing searchable is left.
 */
export function toFtsPrefixQuery(q: string): string | null {
  const tokens = q
    .normalize('NFC')
    .split(/[^\p{L}\p{N}-]+/u)
    .map((token) => token.replace(/^-+|-+$/g, ''))
    .filter((token) => token.length > 0)
    .slice(0, 8);
  return tokens.length > 0 ? tokens.map((token) => `"${token}"*`).join(' ') : null;
}
