// `pnpm test`: typecheck, lint, then every vitest project (unit, API, web, browser) in one run,
// closing with a plain "N passed, N failed" line that counts every test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const artifacts = resolve(root, 'tests/.artifacts');
mkdirSync(artifacts, { recursive: true });

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

ensureChromium();
const checks = [
  ['typecheck', run('typecheck', 'pnpm', ['typecheck'])],
  ['lint', run('lint (biome)', 'pnpm', ['lint'])],
  ['web build', run('build the web app for the browser tests', 'pnpm', ['build'])],
  ['size budget', run('size budget of each page (brotli)', 'pnpm', ['size'])],
];

const report = resolve(artifacts, 'vitest-report.json');
run('tests (vitest: shared, db, server, web, browser)', 'pnpm', [
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
  for (const file of results.testResults) {
    if (file.status === 'failed' && file.assertionResults.length === 0) failed += 1;
  }
} else {
  failed += 1;
}
for (const [label, ok] of checks) {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${label} failed`);
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
