import type { TestProject } from 'vitest/node';
import { createMultiStorySite } from './multi-story-site.ts';
import { projectRoot } from '../../fixtures/paths.ts';
import { runAstro } from '../../fixtures/run-astro.ts';

/**
 * Builds the real site once, and the multi-story fixture beside it (one after the other: the fixture reads the link
 * previews the real build drew); the tests read their dist/ and drive them in Chromium.
 */
export default async function setup(project: TestProject) {
  const { code, output } = await runAstro(['build', '--force'], projectRoot);
  if (code !== 0) {
    throw new Error(`astro build failed before the tests could run:\n${output}`);
  }
  const multi = createMultiStorySite();
  const built = await multi.build();
  if (built.code !== 0) {
    multi.dispose();
    throw new Error(`The multi-story fixture failed to build:\n${built.output}`);
  }
  project.provide('multiStoryRoot', multi.root);
  project.provide('multiStoryBuildOutput', built.output);
  return () => multi.dispose();
}
