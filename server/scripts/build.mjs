// `node server/scripts/build.mjs`: bundles the server into server/dist/main.js for plain `node`.
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outdir = resolve(root, 'server/dist');
export const serverBundle = resolve(outdir, 'main.js');

/** What the bundle is made of: the workspace sources and the lockfile that pins the rest. */
const sourceDirs = ['server/src', 'db/src', 'shared/src'].map((dir) => resolve(root, dir));
const sourceFiles = ['pnpm-lock.yaml', 'server/scripts/build.mjs'].map((file) =>
  resolve(root, file),
);

const toPosix = (path) => path.split(sep).join('/');
const fromBundle = (path) => {
  const rel = toPosix(relative(outdir, path));
  return rel.startsWith('.') ? rel : `./${rel}`;
};

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Rule: the bundle is rebuilt when it is missing or older than any source file or the lockfile. */
export function serverBundleIsStale() {
  let built;
  try {
    built = statSync(serverBundle).mtimeMs;
  } catch {
    return true;
  }
  return [...sourceDirs, ...sourceFiles].some((path) => newestMtime(path) > built);
}

/**
 * The workspace packages (@itc/*) are TypeScript sources and go into the bundle. Every npm package
 * stays external, imported by its resolved path: pnpm gives server/ only its own dependencies, so a
 * bare `better-sqlite3` (a dependency of db/) would not resolve from server/dist.
 */
const externalPackages = {
  name: 'external-packages',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith('@itc/') || args.pluginData === 'resolving') return undefined;
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const resolved = await esbuild.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'resolving',
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      if (!resolved.path.includes(`${sep}node_modules${sep}`))
        return { path: args.path, external: true };
      // Node would need an import attribute for JSON; the data (country names) is small.
      if (resolved.path.endsWith('.json')) return { path: resolved.path };
      return { path: fromBundle(resolved.path), external: true };
    });
  },
};

/**
 * Files found at run time relative to a module (drizzle migrations, web/dist, the PDF fonts via
 * createRequire) keep being found: inside the bundle, `import.meta.url` of a workspace source
 * still names that source file, resolved from where the bundle lies.
 */
const sourceModuleUrl = {
  name: 'source-module-url',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const url = `new URL(${JSON.stringify(fromBundle(args.path))}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

export async function buildServer() {
  await build({
    entryPoints: [resolve(root, 'server/src/main.ts')],
    outfile: serverBundle,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [externalPackages, sourceModuleUrl],
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildServer();
  console.log(`built ${relative(root, serverBundle)}`);
}
