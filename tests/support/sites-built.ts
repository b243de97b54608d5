import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';

/** What the global setup's builds came to (tests/support/global-setup.ts), as it writes it once both are done. */
export type SitesBuilt = { ok: true; multiStoryRoot: string; multiStoryBuildOutput: string } | { ok: false; error: string };

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the global setup writes what its builds came to, once they are done. */
    sitesBuiltFile: string;
  }
}

// Written once, when both builds are done, and never again in the run: read once per worker.
let built: Extract<SitesBuilt, { ok: true }> | undefined;

/** The builds' outcome, once they are done; throws the build's own output when one failed. */
export function sitesBuilt(): Extract<SitesBuilt, { ok: true }> {
  if (built) return built;
  const file = inject('sitesBuiltFile');
  if (!existsSync(file)) throw new Error(`The sites are still being built: a site file reads them only after waitForSites() (${file}).`);
  const state = JSON.parse(readFileSync(file, 'utf8')) as SitesBuilt;
  if (!state.ok) throw new Error(state.error);
  built = state;
  return state;
}

/** The longest the builds may take: 36 s on a machine at load 20 (docs/figures.md), so this only stops a hung build. */
const BUILDS_DEADLINE_MS = 15 * 60_000;

/** Polls for the builds' outcome (the file appears when both are done), then fails at once if one of them failed. */
export async function waitForSites(): Promise<void> {
  const file = inject('sitesBuiltFile');
  const deadline = Date.now() + BUILDS_DEADLINE_MS;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`The sites were not built within ${BUILDS_DEADLINE_MS / 60_000} minutes (${file}).`);
    await sleep(200);
  }
  sitesBuilt();
}
