import { textAreaLoaders } from 'virtual:text-areas';

/**
 * The areas of the texts (top-level keys of src/locales/*.json) that the code loaded so far
 * names. The build appends `requireTextAreas([...])` to each module that names one
 * (text-areas-plugin.ts), so once a page's module has loaded, this holds what it shows.
 */
const requiredAreas = new Set<string>();
const loads = new Map<string, Promise<Record<string, unknown>>>();

export function requireTextAreas(areas: readonly string[]): void {
  for (const area of areas) requiredAreas.add(area);
}

function loadArea(language: string, area: string): Promise<Record<string, unknown>> {
  const key = `${language}/${area}`;
  let load = loads.get(key);
  if (!load) {
    const loader = textAreaLoaders[language]?.[area];
    if (!loader) return Promise.reject(new Error(`No texts "${area}" in "${language}".`));
    load = loader().then((module) => module.default);
    // A failed download (offline, or the chunk gone after a deploy) is tried again next time.
    load.catch(() => loads.delete(key));
    loads.set(key, load);
  }
  return load;
}

/** The texts of every required area in one language, keyed by area (downloads each once). */
export async function loadRequiredTexts(language: string): Promise<Record<string, unknown>> {
  const areas = [...requiredAreas];
  const texts = await Promise.all(areas.map((area) => loadArea(language, area)));
  return Object.fromEntries(areas.map((area, index) => [area, texts[index]]));
}
