import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
  it('keeps paths inside the portal', () => {
    expect(safeRedirectPath('/organization')).toBe('/organization');
    expect(safeRedirectPath('/admin/users?organizationId=1')).toBe('/admin/users?organizationId=1');
  });

  it('refuses other sites and loops', () => {
    for (const next of [
      '//evil.example',
      'https://evil.example',
      '/\\evil.example',
      '/login',
      '',
    ]) {
      expect(safeRedirectPath(next)).toBe('/');
    }
    expect(safeRedirectPath(null)).toBe('/');
  });
});
