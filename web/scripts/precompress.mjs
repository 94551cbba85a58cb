// `node scripts/precompress.mjs <dist>`: writes `file.br` (brotli 11) and `file.gz` (gzip 9) next
// to every text asset of a build, so the server sends them without compressing per request.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Source maps are left out: only developer tools fetch them, and brotli 11 on megabytes of maps
// would double the build time. woff2 and images are compressed formats already.
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.xml']);

const encoders = {
  '.br': (bytes) =>
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  '.gz': (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }),
};

const dist = process.argv[2];
if (!dist) {
  console.error('usage: node scripts/precompress.mjs <dist folder>');
  process.exit(2);
}

let original = 0;
let brotli = 0;
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !compressible.has(extname(entry.name))) continue;
  const file = join(entry.parentPath, entry.name);
  const bytes = readFileSync(file);
  original += bytes.length;
  for (const [suffix, encode] of Object.entries(encoders)) {
    const compressed = encode(bytes);
    // A variant that saves nothing is not worth a header; drop one left from an earlier run.
    if (compressed.length < bytes.length) writeFileSync(file + suffix, compressed);
    else rmSync(file + suffix, { force: true });
    if (suffix === '.br') brotli += Math.min(compressed.length, bytes.length);
  }
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`precompressed ${dist}: ${kb(original)} of text assets, ${kb(brotli)} as brotli`);
