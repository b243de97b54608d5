// @ts-check
/*
 * The house plan of src/, checked by dependency-cruiser (`npm run lint:deps`, part of `npm test`).
 *
 * Where code runs is said by its path, under src/lib, src/markdown and src/schemas:
 * - in a `client/` folder: the browser;
 * - a file ending in `-fs.ts`: Node (it reads files or draws images at build time);
 * - anything else: pure, so it runs in both.
 * src/astro, src/integrations, src/pages, src/components, src/layouts, src/cli and src/content.config.ts are Astro's
 * and Node's, at build time.
 *
 * The floors, bottom up: lib/base, lib/text and lib/routes.ts; the schemas; the features (glossary, notes, map,
 * timeline, corrections, search, share, article, import, security); lib/content, which reads content/ and runs every
 * feature's checks on it; then the Astro wiring and the pages. No import runs back down to up.
 */

const PURE = { path: '^src/(lib|markdown|schemas)/', pathNot: ['-fs\\.ts$', '/client/'] };
const FLOOR = '^src/lib/(base/|text/|routes\\.ts$)';
const FEATURES = '^src/lib/(glossary|notes|timeline|corrections|search|share|article|import|security|map)/';
/** What only Astro and Node can run: the packages that build pages, index search or draw images. */
const BUILD_PACKAGES = '^node_modules/(astro|@astrojs|pagefind|@resvg|satori|sirv|vite)/';
/** Packages the reader's browser runs, each for search: the Porter2 stemmer Pagefind also uses, and edit distance. */
const BROWSER_PACKAGES = '^node_modules/(wink-porter2-stemmer|fastest-levenshtein)/';

/**
 * What ships to the reader: checked on the graph as it runs, without type imports, which the build erases (see
 * .dependency-cruiser-browser.mjs; dependency-cruiser follows every edge of the graph it is given when it asks
 * what a module reaches).
 */
export const browserRule = /** @type {const} */ ({
  name: 'browser-reaches-only-browser-code',
  severity: 'error',
  comment: 'What a client/ module loads ships to the reader: only pure modules, client modules and the packages written for the browser.',
  from: { path: '/client/' },
  to: {
    reachable: true,
    path: ['-fs\\.ts$', '^node_modules/'],
    pathNot: [BROWSER_PACKAGES],
  },
});

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other, type imports included, cannot be read or moved one at a time.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'pure-needs-no-node',
      severity: 'error',
      comment: 'A module without -fs in its name runs anywhere: move what needs Node into a -fs.ts module.',
      from: PURE,
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'pure-reaches-no-fs-module',
      severity: 'error',
      comment: 'A module without -fs in its name runs anywhere, so it cannot load one that needs Node.',
      from: PURE,
      to: { path: '-fs\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'pure-uses-no-build-package',
      severity: 'error',
      comment: 'A module without -fs in its name runs anywhere, so it cannot load a package that only Astro or Node runs.',
      from: PURE,
      to: { path: BUILD_PACKAGES, pathNot: '^node_modules/astro/dist/zod\\.js$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'browser-needs-no-node',
      severity: 'error',
      comment:
        "A client/ module runs in the reader's browser, where there is no Node. With pure-needs-no-node, nothing it loads reaches Node.",
      from: { path: '/client/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'browser-code-runs-in-the-browser',
      severity: 'error',
      comment: 'A client/ module touches the page: build code that imports one would run it where there is no page.',
      from: { path: '^src/', pathNot: '/client/' },
      to: { path: '/client/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'floor-stands-alone',
      severity: 'error',
      comment: 'lib/base, lib/text and lib/routes.ts are what everything stands on: they import nothing of the site.',
      from: { path: FLOOR },
      to: { path: '^src/', pathNot: FLOOR },
    },
    {
      name: 'schemas-stand-on-the-floor',
      severity: 'error',
      comment: 'A schema may use the floor (dates, source addresses) and other schemas, nothing above.',
      from: { path: '^src/schemas/' },
      to: { path: '^src/', pathNot: [FLOOR, '^src/schemas/'] },
    },
    {
      name: 'features-stay-below-what-assembles-them',
      severity: 'error',
      comment: 'A feature never reaches up to lib/content (which runs every feature), the Markdown plugins or the Astro wiring.',
      from: { path: FEATURES },
      to: { path: '^src/(lib/content/|markdown/|astro/|integrations/|pages/|components/|layouts/|cli/)' },
    },
    {
      name: 'content-stays-below-the-wiring',
      severity: 'error',
      comment: 'lib/content reads and checks content/; the Astro wiring and the pages use it, never the other way.',
      from: { path: '^src/lib/content/' },
      to: { path: '^src/(markdown/|astro/|integrations/|pages/|components/|layouts/|cli/)' },
    },
    {
      name: 'src-stands-alone',
      severity: 'error',
      comment: 'The site never imports its tests or its bench.',
      from: { path: '^src/' },
      to: { path: '^(tests|bench|fixtures)/' },
    },
  ],
  required: [
    {
      name: 'fs-modules-need-node',
      severity: 'error',
      comment: 'A -fs.ts name promises Node: a module that needs none is pure, and its name should say so.',
      module: { path: '^src/.*-fs\\.ts$' },
      // Directly or through another -fs module; dependency-cruiser names Node's built-ins by their bare names.
      to: { path: '^[a-z_]+$', reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type imports count: a cycle of types is still a cycle for a reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    exclude: { path: '\\.d\\.ts$' },
  },
};
