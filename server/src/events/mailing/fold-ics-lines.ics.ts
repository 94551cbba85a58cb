const maxLineOctets = 75;
const utf8 = new TextEncoder();

/** A content line is unfolded by dropping every CRLF that a space or tab follows (RFC 5545 3.1). */
function unfoldIcs(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

/**
 * Splits one content line into pieces of at most 75 octets: the first holds 75, every later one
 * 74 plus its leading space. Cuts fall between code points, so no UTF-8 character is split.
 */
function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  let limit = maxLineOctets;
  for (const character of line) {
    const size = utf8.encode(character).length;
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
      limit = maxLineOctets - 1;
    }
    piece += character;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

/**
 * Re-folds a calendar at 75 octets. The `ics` package folds at 75 characters, so a line with
 * umlauts or other non-ASCII text came out longer than RFC 5545 allows.
 */
export function foldIcsLines(ics: string): string {
  return unfoldIcs(ics).map(foldLine).join('\r\n');
}
