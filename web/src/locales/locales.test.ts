import {
  auditActions,
  auditTargetTypes,
  errorCodes,
  localeSchema,
  roles,
  validationMessages,
} from '@itc/shared';
import { describe, expect, it } from 'vitest';
import de from './de.json';
import en from './en.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [`${prefix}[${value.length}]`];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) =>
      keysOf(child, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [prefix];
}

describe('translations', () => {
  it('has the same keys in German and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(de).sort());
  });

  it('has no empty texts', () => {
    const empty = [de, en].flatMap((locale) =>
      keysOf(locale).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => {
          return (node as Record<string, unknown>)?.[part];
        }, locale);
        return typeof value === 'string' && value.trim() === '';
      }),
    );
    expect(empty).toEqual([]);
  });

  it('translates every error code and role of the contract', () => {
    for (const code of errorCodes) {
      expect(de.errors).toHaveProperty(code);
      expect(en.errors).toHaveProperty(code);
    }
    for (const role of roles) {
      expect(de.roles).toHaveProperty(role);
      expect(en.roles).toHaveProperty(role);
    }
  });

  it('leaves the validation messages to the shared table, which has every text', () => {
    // A field message is looked up in the shared table first (`useFieldMessage`), so a key of
    // the table repeated under `fieldMessages` here would never be shown.
    const tableKeys = Object.keys(validationMessages);
    for (const { fieldMessages } of [de, en]) {
      expect(Object.keys(fieldMessages).filter((key) => tableKeys.includes(key))).toEqual([]);
    }
    const empty = Object.entries(validationMessages).flatMap(([key, texts]) =>
      localeSchema.options
        .filter((locale) => texts[locale].trim() === '')
        .map((l) => `${key}.${l}`),
    );
    expect(empty).toEqual([]);
  });

  it('names every audited action and kind of target of the contract', () => {
    for (const { admin } of [de, en]) {
      expect(Object.keys(admin.auditLog.actions).sort()).toEqual([...auditActions].sort());
      expect(Object.keys(admin.auditLog.targetTypes).sort()).toEqual([...auditTargetTypes].sort());
    }
  });
});
