import { describe, expect, it } from 'vitest';
import { collectFiles, measurePages, planPages } from './route-assets.mjs';

// The shape vite writes to .vite/manifest.json: an entry, shared chunks, lazy pages, a locale.
const manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js'],
    dynamicImports: ['src/locales/de.json', 'src/routes/login.tsx', 'src/routes/cases.tsx'],
    css: ['assets/index.css'],
  },
  '_react.js': { file: 'assets/react.js' },
  '_form.js': { file: 'assets/form.js', imports: ['_react.js'], css: ['assets/form.css'] },
  '_qrcode.js': { file: 'assets/qrcode.js' },
  'src/locales/de.json': { file: 'assets/de.js', src: 'src/locales/de.json', isDynamicEntry: true },
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
const options = {
  firstRenderModules: ['src/locales/de.json'],
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

  it('plans every lazy page with the entry and the texts loaded before the first render', () => {
    const pages = planPages(manifest, options);
    expect(pages.map(({ label, budget }) => ({ label, budget }))).toEqual([
      { label: 'src/routes/cases.tsx', budget: 200 },
      { label: '/login', budget: 100 },
    ]);
    expect(pages[0]?.js).toEqual([
      'assets/cases.js',
      'assets/de.js',
      'assets/index.js',
      'assets/react.js',
    ]);
  });

  it('fails when a named page is no longer a lazy page of the build', () => {
    const renamed = { ...options, named: [{ label: '/login', module: 'src/routes/sign-in.tsx' }] };
    expect(() => planPages(manifest, renamed)).toThrow(/\/login: "src\/routes\/sign-in.tsx"/);
    const noTexts = { ...options, firstRenderModules: ['src/locales/fr.json'] };
    expect(() => planPages(manifest, noTexts)).toThrow(/fr.json/);
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
      { label: 'src/routes/cases.tsx', jsBytes: 120, cssBytes: 10, isOverBudget: false },
      { label: '/login', jsBytes: 100, cssBytes: 20, isOverBudget: false },
    ]);
    const tight = {
      ...options,
      named: [{ label: '/login', module: 'src/routes/login.tsx', budget: 99 }],
    };
    expect(
      measurePages(planPages(manifest, tight), (file) => sizes[file] ?? 10)[1]?.isOverBudget,
    ).toBe(true);
  });
});
