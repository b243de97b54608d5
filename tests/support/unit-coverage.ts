import v8 from '@vitest/coverage-v8';
import type { CoverageProviderModule } from 'vitest/node';

/**
 * The name of the environment variable that a project sets (its `env` in vitest.config.ts) so that its workers
 * collect no coverage.
 */
export const WITHOUT_COVERAGE = 'TESTS_WITHOUT_COVERAGE';

// Coverage measures the unit project alone, as issue 22 asks. Vitest 5.1 has one coverage setting shared by every
// project, with no switch per project, and the site project's workers paid for it: V8's precise coverage slowed their
// Node side (the page tests took 24.7 s instead of 12.9 s) for code that the unit tests exist to reach. A custom
// provider is Vitest's documented way to change what a worker collects; this one is @vitest/coverage-v8 itself, with
// its worker hooks left out where the project says so. A worker's environment is set when Vitest starts it, from its
// project's `env`, so the check holds for the worker's life.
const collects = process.env[WITHOUT_COVERAGE] !== '1';

const unitCoverage: CoverageProviderModule = {
  getProvider: () => v8.getProvider(),
  startCoverage: async (options) => (collects ? v8.startCoverage?.(options) : undefined),
  takeCoverage: async (options) => (collects ? v8.takeCoverage?.(options) : undefined),
  stopCoverage: async (options) => (collects ? v8.stopCoverage?.(options) : undefined),
};

export default unitCoverage;
