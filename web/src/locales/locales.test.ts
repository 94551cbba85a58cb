import { auditActions, auditTargetTypes, errorCodes, roles, validationMessages } from '@itc/shared';
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
    // Validation messages themselves come from the shared table, not from here.
    expect(Object.keys(validationMessages)).toContain('required');
  });

  it('names every audited action and kind of target of the contract', () => {
    for (const { admin } of [de, en]) {
      expect(Object.keys(admin.auditLog.actions).sort()).toEqual([...auditActions].sort());
      expect(Object.keys(admin.auditLog.targetTypes).sort()).toEqual([...auditTargetTypes].sort());
    }
  });
});
