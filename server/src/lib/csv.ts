/** UTF-8 byte-order mark: Excel reads the file as UTF-8 only with it, umlauts included. */
export const utf8Bom = '\uFEFF';

const plainNumber = /^-?\d+$/;

/**
 * One CSV cell for German Excel (semicolon-separated). Quoted when it holds a separator, quote or
 * line break; text starting with = + - @ gets an apostrophe, so a name cannot become a formula.
 */
export function csvCell(value: string): string {
  const formulaLike = /^[=+\-@\t\r]/.test(value) && !plainNumber.test(value);
  const safe = formulaLike ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(cells: string[]): string {
  return `${cells.map(csvCell).join(';')}\r\n`;
}
