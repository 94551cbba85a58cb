/**
 * The codebase's boundaries as rules (`pnpm lint` runs them; CONTRIBUTING.md says why).
 * Test code may reach further: tests and test helpers are left out where noted.
 */
const testCode = '(\\.test\\.tsx?$|/testing/|^tests/)';
// Server folders every feature may use: plumbing and cross-cutting checks without routes of their
// own (who may see an employer's records, the audit trail, working days), not features.
const serverPlumbing =
  '^server/src/(lib|middleware|testing|security|mail|pdf|static|jobs|access|audit|deadlines)/';

module.exports = {
  forbidden: [
    {
      name: 'web-feature-imports-feature',
      comment:
        'A web feature does not import another feature: compose features in web/src/app/routes, ' +
        'or move what both need to web/src/components, web/src/lib or web/src/api.',
      severity: 'error',
      from: { path: '^web/src/features/([^/]+)/', pathNot: testCode },
      to: { path: '^web/src/features/', pathNot: '^web/src/features/$1/' },
    },
    {
      name: 'server-feature-reaches-inside-feature',
      comment:
        'A server feature uses another feature only through its *.service, *.queries or *.mapper ' +
        'modules, never its routes, handlers or internals.',
      severity: 'error',
      // cli/ holds the entry points (seed, retention), which compose features like app.ts does.
      from: { path: '^server/src/([^/]+)/', pathNot: [testCode, '^server/src/cli/'] },
      to: {
        path: '^server/src/[^/]+/',
        pathNot: ['^server/src/$1/', serverPlumbing, '\\.(service|queries|mapper)\\.ts$'],
      },
    },
    {
      name: 'folder-cycle',
      comment:
        'Folders depend on each other one way; a cycle means a concern is in the wrong place.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^(server|web|shared|db)/src/', pathNot: testCode },
      to: { circular: true },
    },
    {
      name: 'package-deep-import',
      comment: "Other packages are used through their entry point (import from '@itc/shared').",
      severity: 'error',
      from: { pathNot: ['^shared/', testCode] },
      to: { path: '^shared/src/', pathNot: '^shared/src/index\\.ts$' },
    },
    {
      name: 'test-code-in-shared',
      comment: 'shared/src ships to the browser and the server: test fixtures live with the tests.',
      severity: 'error',
      from: { path: '^shared/src/', pathNot: '\\.test\\.ts$' },
      to: { path: '(/testing/|fixtures)' },
    },
  ],
  options: {
    // Test code may reach anywhere: it is seen where it is imported, but its own imports are not
    // followed, so it cannot close a folder cycle.
    doNotFollow: { path: ['node_modules', testCode] },
    exclude: { path: '(node_modules|/dist/|\\.artifacts)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    combinedDependencies: false,
    preserveSymlinks: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
  },
};
