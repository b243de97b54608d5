import { projectRoot } from './paths.ts';
import { runAstro } from './run-astro.ts';

/** Builds the real site once; the tests read dist/ and drive it in Chromium. */
export default async function setup() {
  const { code, output } = await runAstro(['build', '--force'], projectRoot);
  if (code !== 0) {
    throw new Error(`astro build failed before the tests could run:\n${output}`);
  }
}
