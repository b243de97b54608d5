import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { FixtureSite } from '../../fixtures/fixture-site.ts';
import { projectRoot } from '../../fixtures/paths.ts';
import { runAstro } from '../../fixtures/run-astro.ts';
import { createMultiStorySite } from './multi-story-site.ts';
import type { SitesBuilt } from './sites-built.ts';

/**
 * Builds the real site once, then the multi-story fixture beside it (one after the other: the fixture reads the link
 * previews the real build drew); the tests read their dist/ and drive them in Chromium.
 *
 * The builds run in the background and this setup returns at once, so that the unit files, which need no build, run
 * meanwhile: a build keeps about one core of this 2-core machine busy, and the unit files kept the other idle for
 * the half minute of the builds when they waited for them. Each site file waits for the real site in its setup file
 * (tests/support/wait-for-sites.ts), and for the fixture when it first asks for it (multiStoryRoot()): the fixture's
 * build ran on alone for some ten seconds after the unit files, while every site file waited for it, though most
 * read dist/ alone. Either wait fails the file with the build's output when a build failed.
 */
export default function setup(project: TestProject) {
  const folder = mkdtempSync(join(tmpdir(), 'explainer-builds-'));
  const stateFile = join(folder, 'sites.json');
  const siteStateFile = join(folder, 'site.json');
  project.provide('sitesBuiltFile', stateFile);
  project.provide('siteBuiltFile', siteStateFile);

  let multi: FixtureSite | undefined;
  async function buildSites(): Promise<SitesBuilt> {
    const real = await runAstro(['build', '--force'], projectRoot);
    if (real.code !== 0) return { ok: false, error: `astro build failed before the tests could run:\n${real.output}` };
    writeWhole(siteStateFile, { ok: true });
    multi = createMultiStorySite();
    const built = await multi.build();
    if (built.code !== 0) return { ok: false, error: `The multi-story fixture failed to build:\n${built.output}` };
    return { ok: true, multiStoryRoot: multi.root, multiStoryBuildOutput: built.output };
  }
  const finished = buildSites()
    .catch((error: unknown): SitesBuilt => ({
      ok: false,
      error: `The sites could not be built: ${error instanceof Error ? error.stack : String(error)}`,
    }))
    .then((state) => {
      // A failed real build leaves the real site's file unwritten until now: it says why, as the fixture's does.
      if (!existsSync(siteStateFile)) writeWhole(siteStateFile, state);
      writeWhole(stateFile, state);
    });

  return async () => {
    await finished;
    multi?.dispose();
    rmSync(folder, { recursive: true, force: true });
  };
}

/** Writes the file whole, then renames it into place: a site file never reads half of it. */
function writeWhole(file: string, state: object): void {
  writeFileSync(`${file}.partial`, JSON.stringify(state));
  renameSync(`${file}.partial`, file);
}
