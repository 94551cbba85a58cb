import { describe, expect, it } from 'vitest';
import { collectFiles, measurePages, planPages } from './route-assets.mjs';

// The shape vite writes to .vite/manifest.json: an entry, shared chunks, lazy pages.
const manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js'],
    dynamicImports: ['src/routes/login.tsx', 'src/routes/cases.tsx'],
    css: ['assets/index.css'],
  },
  '_react.js': { file: 'assets/react.js' },
  '_form.js': { file: 'assets/form.js', imports: ['_react.js'], css: ['assets/form.css'] },
  '_qrcode.js': { file: 'assets/qrcode.js' },
  'src/routes/login.tsx': {
    file: 'assets/login.js',
    src: 'src/routes/login.tsx',
    isDynamicEntry: true,
    imports: ['index.html', '_form.js'],
    dynamicImports: ['_qrcode.js'],
  },
  'src/routes/cases.tsx': {
    file: 'assets/cases.js',
    src: 'src/routes/cases.tsx',
    isDynamicEntry: true,
    imports: ['_react.js'],
  },
};
// The shape web/text-areas-plugin.ts writes to .vite/text-areas.json: small areas share a file.
const textAreas = {
  chunkAreas: {
    'assets/index.js': ['nav'],
    'assets/login.js': ['auth', 'nav'],
    'assets/cases.js': ['cases'],
  },
  areaFiles: {
    de: { auth: 'assets/auth.js', cases: 'assets/cases-texts.js', nav: 'assets/small-areas.js' },
    en: { auth: 'assets/auth-en.js', cases: 'assets/cases-en.js', nav: 'assets/small-en.js' },
  },
};
const options = {
  textAreas,
  textLanguage: 'de',
  named: [{ label: '/login', module: 'src/routes/login.tsx', budget: 100 }],
  defaultBudget: 200,
};

describe('route assets from the build manifest', () => {
  it('follows static imports once each, not the dynamic ones', () => {
    expect(collectFiles(manifest, ['index.html', 'src/routes/login.tsx'])).toEqual({
      js: ['assets/form.js', 'assets/index.js', 'assets/login.js', 'assets/react.js'],
      css: ['assets/form.css', 'assets/index.css'],
    });
  });

  it('plans every lazy page with the entry and the texts its code shows, in the language', () => {
    const pages = planPages(manifest, options);
    expect(pages.map(({ label, budget }) => ({ label, budget }))).toEqual([
      { label: 'src/routes/cases.tsx', budget: 200 },
      { label: '/login', budget: 100 },
    ]);
    expect(pages[0]?.js).toEqual([
      'assets/cases-texts.js',
      'assets/cases.js',
      'assets/index.js',
      'assets/react.js',
      'assets/small-areas.js',
    ]);
    expect(pages[1]?.js).toEqual([
      'assets/auth.js',
      'assets/form.js',
      'assets/index.js',
      'assets/login.js',
      'assets/react.js',
      'assets/small-areas.js',
    ]);
  });

  it('fails when a named page is no longer a lazy page of the build', () => {
    const renamed = { ...options, named: [{ label: '/login', module: 'src/routes/sign-in.tsx' }] };
    expect(() => planPages(manifest, renamed)).toThrow(/\/login: "src\/routes\/sign-in.tsx"/);
    const noTexts = { ...options, textLanguage: 'fr' };
    expect(() => planPages(manifest, noTexts)).toThrow(/No text chunk for "cases" in "fr"/);
  });

  it('adds up compressed sizes and flags pages over their budget', () => {
    const sizes = { 'assets/login.js': 40, 'assets/form.js': 30, 'assets/cases.js': 90 };
    const measured = measurePages(planPages(manifest, options), (file) => sizes[file] ?? 10);
    expect(
      measured.map(({ label, jsBytes, cssBytes, isOverBudget }) => ({
        label,
        jsBytes,
        cssBytes,
        isOverBudget,
      })),
    ).toEqual([
      { label: 'src/routes/cases.tsx', jsBytes: 130, cssBytes: 10, isOverBudget: false },
      { label: '/login', jsBytes: 110, cssBytes: 20, isOverBudget: true },
    ]);
    const tight = {
      ...options,
      named: [{ label: '/login', module: 'src/routes/login.tsx', budget: 110 }],
    };
    expect(
      measurePages(planPages(manifest, tight), (file) => sizes[file] ?? 10)[1]?.isOverBudget,
    ).toBe(false);
  });
});
