import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Texts live in one file per language, `src/locales/<language>.json`; its top-level keys are
 * *areas* (`cases`, `prechecks`, `admin`, …). So that a page downloads only the texts its code
 * uses, this plugin
 * - appends `requireTextAreas([...])` to every module that names a key of an area
 *   (`'cases.stage.new'`, `` `cases.stage.${stage}` ``, `i18nKey="legal.title"`): loading the
 *   module asks for those areas (src/lib/text-areas.ts, loaded before a page renders);
 * - serves `virtual:text-areas`, one lazily loaded chunk per language and area (areas under
 *   2 KB share one chunk, so a page does not make a dozen tiny requests);
 * - writes `.vite/text-areas.json` next to vite's manifest: the areas each chunk asks for and the
 *   file of each area, so scripts/size-budget.mjs counts a page's texts.
 * A key built from a variable alone (`t(key)` with `key` from nowhere literal) is not seen: keep
 * keys literal, as the code does everywhere.
 */
export function textAreas({ localesDir }: { localesDir: string }): Plugin {
  const virtualId = 'virtual:text-areas';
  const resolvedId = `\0${virtualId}`;
  const languages = readdirSync(localesDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => path.basename(file, '.json'))
    .sort();
  const readTexts = (language: string): Record<string, unknown> =>
    JSON.parse(readFileSync(path.join(localesDir, `${language}.json`), 'utf8'));
  // Areas come from the first language; every language has the same keys (locales.test.ts).
  const firstTexts = readTexts(languages[0] ?? 'de');
  const areas = Object.keys(firstTexts).sort();
  const smallAreas = areas.filter(
    (area) => JSON.stringify(firstTexts[area]).length < smallAreaCharacters,
  );
  const areaReference = areaReferencePattern(areas);
  const runtimeModule = path.resolve(localesDir, '../lib/text-areas.ts');
  const areasByModule = new Map<string, string[]>();

  return {
    name: 'itc-text-areas',
    resolveId(id) {
      if (id === virtualId || id.startsWith(`${virtualId}/`)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === resolvedId) return loaderModule(languages, areas, smallAreas, virtualId);
      if (!id.startsWith(`${resolvedId}/`)) return null;
      const [language = '', area = ''] = id.slice(resolvedId.length + 1).split('/');
      this.addWatchFile(path.join(localesDir, `${language}.json`));
      const texts = readTexts(language);
      const content =
        area === smallAreasName
          ? Object.fromEntries(smallAreas.map((small) => [small, texts[small]]))
          : texts[area];
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(content ?? {}))});`;
    },
    transform(code, id) {
      if (!isSourceModule(id) || path.resolve(id) === runtimeModule) return null;
      const found = findAreas(code, areaReference);
      if (found.length === 0) return null;
      areasByModule.set(id, found);
      // Appended, so no line moves and existing source maps stay right.
      return {
        code: `${code}\nimport { requireTextAreas as __requireTextAreas } from ${JSON.stringify(runtimeModule)};\n__requireTextAreas(${JSON.stringify(found)});\n`,
        map: null,
      };
    },
    generateBundle(_options, bundle) {
      const chunkAreas: Record<string, string[]> = {};
      const areaFiles: Record<string, Record<string, string>> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const asked = new Set(output.moduleIds.flatMap((id) => areasByModule.get(id) ?? []));
        if (asked.size > 0) chunkAreas[output.fileName] = [...asked].sort();
        const facade = output.facadeModuleId ?? '';
        if (facade.startsWith(`${resolvedId}/`)) {
          const [language = '', area = ''] = facade.slice(resolvedId.length + 1).split('/');
          const chunkAreasOfFile = area === smallAreasName ? smallAreas : [area];
          for (const each of chunkAreasOfFile) {
            areaFiles[language] = { ...areaFiles[language], [each]: output.fileName };
          }
        }
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/text-areas.json',
        source: `${JSON.stringify({ chunkAreas, areaFiles }, null, 2)}\n`,
      });
    },
  };
}

const smallAreaCharacters = 2048;
const smallAreasName = 'small-areas';

/** Matches a quote, backtick or template start followed by `<area>.` and a key character. */
export function areaReferencePattern(areas: readonly string[]): RegExp {
  const longestFirst = [...areas].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\w$])['"\`](${longestFirst.join('|')})\\.[\\w$]`, 'g');
}

function isSourceModule(id: string): boolean {
  return (
    !id.startsWith('\0') &&
    !id.includes('/node_modules/') &&
    /\/(web|shared)\/src\//.test(id) &&
    /\.[cm]?[jt]sx?$/.test(id.split('?')[0] ?? '')
  );
}

/** The areas whose keys a module's code names, sorted. */
export function findAreas(code: string, areaReference: RegExp): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(areaReference)) if (match[1]) found.add(match[1]);
  return [...found].sort();
}

function loaderModule(
  languages: string[],
  areas: string[],
  smallAreas: string[],
  virtualId: string,
): string {
  const perLanguage = languages.map((language) => {
    const loaders = areas.map((area) => {
      const name = JSON.stringify(area);
      if (!smallAreas.includes(area)) {
        return `${name}: () => import(${JSON.stringify(`${virtualId}/${language}/${area}`)})`;
      }
      const shared = JSON.stringify(`${virtualId}/${language}/${smallAreasName}`);
      return `${name}: () => import(${shared}).then((module) => ({ default: module.default[${name}] }))`;
    });
    return `${JSON.stringify(language)}: { ${loaders.join(', ')} }`;
  });
  return `export const textAreaLoaders = { ${perLanguage.join(',\n')} };\n`;
}
