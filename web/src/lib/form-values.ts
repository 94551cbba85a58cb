import type { Locale } from '@itc/shared';
import { z } from 'zod';

/**
 * Form fields hold text; the shared schemas want numbers, booleans and null. These helpers wrap a
 * shared field schema so that the form schema stays derived from it (never retyped): the text is
 * converted first, then the shared schema checks it as the server would.
 */

function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/** What an empty field becomes: null where the schema allows it, else missing ("required"). */
function blankValue(schema: z.ZodType): null | undefined {
  return schema.safeParse(null).success ? null : undefined;
}

const separators: Record<Locale, { group: string; decimal: string }> = {
  de: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * Reads a number as people type it: "50.700" or "38,5" in German, "50,700" or "38.5" in English;
 * a lone point or comma before one or two digits is read as the decimal mark in both. NaN when
 * the text is no number.
 */
export function parseDecimal(text: string, locale: Locale): number {
  const compact = text.replace(/[\s\u00a0€]/g, '');
  const { group, decimal } = separators[locale];
  const groups = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  let normalized = compact;
  if (groups.test(compact)) {
    normalized = compact.split(group).join('').replace(decimal, '.');
  } else if (/^\d+[.,]\d+$/.test(compact)) {
    normalized = compact.replace(',', '.');
  }
  return /^\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : Number.NaN;
}

/** A number typed into a text field; "number_invalid" when it is none. */
export function numberFromText<S extends z.ZodType>(schema: S, locale: Locale) {
  return z.preprocess((value, ctx) => {
    if (isBlank(value)) return blankValue(schema);
    if (typeof value === 'number') return value;
    const parsed = parseDecimal(String(value), locale);
    if (Number.isNaN(parsed)) {
      ctx.addIssue({ code: 'custom', message: 'number_invalid', input: value });
      return z.NEVER;
    }
    return parsed;
  }, schema);
}

/** Yes/no radios hold "true"/"false"; nothing chosen is null where allowed. */
export function booleanFromChoice<S extends z.ZodType>(schema: S) {
  return z.preprocess((value) => {
    if (value === 'true' || value === true) return true;
    if (value === 'false' || value === false) return false;
    return blankValue(schema);
  }, schema);
}

/** Optional text, select and date fields: empty becomes null (or missing when required). */
export function textOrBlank<S extends z.ZodType>(schema: S) {
  return z.preprocess((value) => (isBlank(value) ? blankValue(schema) : value), schema);
}

/** Shows a stored number in a text field; years and hours without thousands separators. */
export function numberToText(
  value: number | null | undefined,
  locale: Locale,
  { grouping = false }: { grouping?: boolean } = {},
): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    useGrouping: grouping,
    maximumFractionDigits: 2,
  }).format(value);
}

export type Choice = '' | 'true' | 'false';

export function booleanToChoice(value: boolean | null | undefined): Choice {
  if (value === null || value === undefined) return '';
  return value ? 'true' : 'false';
}
