/**
 * An FTS5 MATCH expression for the queue's search box: every word as a quoted prefix, all of
 * them required. A hyphenated word ("ITC-2026-0001", "Müller-Lü") stays one quoted string, which
 * FTS5 reads as a phrase of its parts, the last one a prefix. Quoting keeps FTS5's own syntax
 * (AND, NEAR, column filters, quotes) out of user input. Null when nothing searchable is left.
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
