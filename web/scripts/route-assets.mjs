// What a first visit of a page downloads, read from vite's build manifest (.vite/manifest.json).
// Pure functions over the manifest object, so scripts/size-budget.mjs stays a thin shell.

/**
 * @typedef {{ file: string, src?: string, isEntry?: boolean, isDynamicEntry?: boolean,
 *   imports?: string[], dynamicImports?: string[], css?: string[] }} ManifestChunk
 * @typedef {Record<string, ManifestChunk>} Manifest
 */

/** The key of the one entry chunk (index.html). */
export function findEntryKey(manifest) {
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  if (entries.length !== 1) {
    throw new Error(`Expected one entry chunk in the manifest, found ${entries.length}.`);
  }
  return entries[0];
}

/** Lazily loaded page modules (source paths under a routes/ folder), sorted. */
export function findPageModules(manifest) {
  return Object.values(manifest)
    .filter((chunk) => chunk.isDynamicEntry && chunk.src?.includes('/routes/'))
    .map((chunk) => /** @type {string} */ (chunk.src))
    .sort();
}

/**
 * The JavaScript and CSS files that loading the given manifest keys brings along: each chunk and,
 * transitively, its static imports (dynamic imports load later, on demand). Each file once.
 */
export function collectFiles(manifest, keys) {
  const js = new Set();
  const css = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`"${key}" is not in the build manifest.`);
    if (chunk.file.endsWith('.js')) js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return { js: [...js].sort(), css: [...css].sort() };
}

/**
 * The text chunks (one per area, in `language`) the given JavaScript files ask for, read from
 * the `.vite/text-areas.json` that web/text-areas-plugin.ts writes.
 */
export function textFilesFor(textAreas, language, jsFiles) {
  const areas = new Set(jsFiles.flatMap((file) => textAreas.chunkAreas[file] ?? []));
  return [...areas].map((area) => {
    const file = textAreas.areaFiles[language]?.[area];
    if (!file) throw new Error(`No text chunk for "${area}" in "${language}".`);
    return file;
  });
}

/**
 * One row per page: what its first visit loads (the entry, the page, the texts both show in
 * `textLanguage`). `named` gives chosen pages a URL label and their own budget; every named
 * module must be a page in the manifest, so a renamed page cannot silently drop out.
 */
export function planPages(manifest, { textAreas, textLanguage, named, defaultBudget }) {
  const entry = findEntryKey(manifest);
  const pages = findPageModules(manifest);
  for (const page of named) {
    if (!pages.includes(page.module)) {
      throw new Error(`${page.label}: "${page.module}" is no lazily loaded page in the manifest.`);
    }
  }
  return pages.map((module) => {
    const page = named.find((candidate) => candidate.module === module);
    const { js, css } = collectFiles(manifest, [entry, module]);
    const texts = textFilesFor(textAreas, textLanguage, js);
    return {
      label: page?.label ?? module,
      module,
      budget: page?.budget ?? defaultBudget,
      js: [...new Set([...js, ...texts])].sort(),
      css,
    };
  });
}

/** Adds each page's compressed JavaScript and CSS bytes; `compressedSize(file)` in bytes. */
export function measurePages(pages, compressedSize) {
  return pages.map((page) => {
    const jsBytes = sum(page.js.map(compressedSize));
    const cssBytes = sum(page.css.map(compressedSize));
    return { ...page, jsBytes, cssBytes, isOverBudget: jsBytes > page.budget };
  });
}

function sum(numbers) {
  return numbers.reduce((total, value) => total + value, 0);
}
