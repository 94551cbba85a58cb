import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { areaReferencePattern, findAreas, textAreas } from './text-areas-plugin';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const hook = (plugin: ReturnType<typeof textAreas>, name: 'resolveId' | 'load' | 'transform') =>
  plugin[name] as unknown as Hook;

function localesFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'text-areas-'));
  const longCases = { title: 'Fälle', intro: 'x'.repeat(3000) };
  writeFileSync(
    path.join(folder, 'de.json'),
    JSON.stringify({ cases: longCases, nav: { home: 'Start' }, common: { yes: 'Ja' } }),
  );
  writeFileSync(
    path.join(folder, 'en.json'),
    JSON.stringify({ cases: { ...longCases, title: 'Cases' }, nav: { home: 'Home' }, common: {} }),
  );
  return folder;
}

describe('text areas', () => {
  const pattern = areaReferencePattern(['cases', 'organization', 'organizationTypes', 'legal']);

  it('finds the areas a module names in quoted keys, templates and i18nKey props', () => {
    const code = [
      "t('cases.stage.new')",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal as a module's code has it
      't(`organizationTypes.${type}`)',
      '<Trans i18nKey="legal.title" />',
      "const url = '/api/cases/1'; const label = 'organization'; const file = 'cases.';",
    ].join('\n');
    expect(findAreas(code, pattern)).toEqual(['cases', 'legal', 'organizationTypes']);
  });

  it('serves each large area in its own module, the small ones together', async () => {
    const plugin = textAreas({ localesDir: localesFolder() });
    const context = { addWatchFile() {} };
    expect(hook(plugin, 'resolveId').call(context, 'virtual:text-areas/en/cases')).toBe(
      '\0virtual:text-areas/en/cases',
    );
    const loaders = String(hook(plugin, 'load').call(context, '\0virtual:text-areas'));
    expect(loaders).toContain('"cases": () => import("virtual:text-areas/de/cases")');
    expect(loaders).toContain('"nav": () => import("virtual:text-areas/de/small-areas")');
    const english = String(hook(plugin, 'load').call(context, '\0virtual:text-areas/en/cases'));
    expect(english).toContain('Cases');
    expect(english).not.toContain('Fälle');
    const small = String(hook(plugin, 'load').call(context, '\0virtual:text-areas/de/small-areas'));
    expect(small).toContain('Start');
    expect(small).toContain('Ja');
  });

  it('makes a source module ask for the areas it names, and leaves others alone', () => {
    const plugin = textAreas({ localesDir: localesFolder() });
    const transform = hook(plugin, 'transform');
    const result = transform.call({}, "t('nav.home')", '/repo/web/src/app/nav.tsx') as {
      code: string;
    };
    expect(result.code).toMatch(/^t\('nav\.home'\)\n/);
    expect(result.code).toContain('__requireTextAreas(["nav"])');
    expect(transform.call({}, "t('nav.home')", '/repo/node_modules/x/index.js')).toBeNull();
    expect(transform.call({}, 'const x = 1;', '/repo/web/src/app/plain.ts')).toBeNull();
  });
});
