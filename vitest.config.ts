/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { WITHOUT_COVERAGE } from './tests/support/unit-coverage.ts';

/** Tests that need nothing built: the logic, the schemas, the Markdown plugins and the test helpers. */
const UNIT = [
  'tests/lib/**/*.test.ts',
  'tests/schemas/**/*.test.ts',
  'tests/markdown/**/*.test.ts',
  'tests/support/**/*.test.ts',
  'tests/content/*-data.test.ts',
  'tests/content/content-errors.test.ts',
  'tests/quality/dependencies.test.ts',
  'tests/architecture/**/*.test.ts',
];

export default getViteConfig(
  {
    test: {
      testTimeout: 60_000,
      hookTimeout: 180_000,
      // What the unit tests reach of the code (issue 22: coverage for the unit project). The site project's workers
      // collect none (tests/support/unit-coverage.ts says why). The thresholds are the figures measured when they were
      // set, rounded down, so that a test removed, or code added without tests, fails the run.
      coverage: {
        provider: 'custom',
        customProviderModule: './tests/support/unit-coverage.ts',
        include: ['src/**/*.ts'],
        // Browser code runs in Chromium, where v8 counts nothing for Vitest: the browser tests are its tests.
        exclude: ['src/**/client/**'],
        reporter: ['text-summary', 'text'],
        // Measured on 7 December 2026, 14:40 UTC, by `npx vitest run --project unit --coverage`: 85.06 % of
        // statements, 82.41 % of branches, 81.75 % of functions, 86.25 % of lines.
        thresholds: { statements: 85, branches: 82, functions: 81, lines: 86 },
      },
      projects: [
        // `npm run test:unit`: seconds, no build. The files share one module cache (isolate: false), which cuts
        // the run from about 28 s to 8 s here; none of them keeps state that another could trip over.
        // Two at a time, as the site's files: alone in their group, one worker left a core idle for half a minute.
        { test: { name: 'unit', include: UNIT, isolate: false, maxWorkers: 2 } },
        // Builds the real site once, then reads dist/, queries its Pagefind index and drives it in Chromium.
        // The browser check runs first, so a missing Chromium stops the run before the build.
        {
          test: {
            name: 'site',
            env: { [WITHOUT_COVERAGE]: '1' },
            include: ['tests/**/*.test.ts'],
            exclude: UNIT,
            globalSetup: ['tests/support/browser-setup.ts', 'tests/support/global-setup.ts'],
            // The global setup builds in the background while the unit files run; each site file waits here.
            setupFiles: ['tests/support/wait-for-sites.ts'],
            // Two files at a time, so that both cores of the 2-core machine work (Vitest's default there is one: the
            // cores less one). Most of a browser test's time is Chromium's, and the files share only what they
            // read: dist/, the fixture's dist/ and the one Chromium, where each file opens a tab of its own (useTab).
            // A project's worker count needs a group of its own: the unit files run first, then these.
            maxWorkers: 2,
            // One module cache per worker, as in the unit project: each file imported Playwright, Vitest's expect and
            // the helpers anew, about 3 s between one file and the next. The files keep their state in their own
            // module; the helpers they share keep none but caches of what does not change.
            isolate: false,
            sequence: { groupOrder: 1 },
            // A page's first search compiles Pagefind's wasm and reads its index; on this 2-core machine, with other
            // test files driving Chromium at the same time, that took up to 3 s, past expect.poll's default of 1 s.
            // A state that never comes still fails, only later.
            expect: { poll: { timeout: 10_000 } },
          },
        },
      ],
    },
  },
  // Without this, rendered HTML in tests carries data-astro-source-* attributes.
  { devToolbar: { enabled: false } },
);
