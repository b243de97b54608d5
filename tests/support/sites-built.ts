import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';

/** What the global setup's builds came to (tests/support/global-setup.ts), as it writes it once both are done. */
export type SitesBuilt = { ok: true; multiStoryRoot: string; multiStoryBuildOutput: string } | { ok: false; error: string };

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the global setup writes what its builds came to, once both are done. */
    sitesBuiltFile: string;
    /** Where it writes what the real site's build came to, as soon as it is done. */
    siteBuiltFile: string;
  }
}

/** The longest the builds may take: 36 s on a machine at load 20 (docs/figures.md), so this only stops a hung build. */
const BUILDS_DEADLINE_MS = 15 * 60_000;

function deadlinePassed(started: number, file: string): void {
  if (Date.now() - started > BUILDS_DEADLINE_MS)
    throw new Error(`The sites were not built within ${BUILDS_DEADLINE_MS / 60_000} minutes (${file}).`);
}

function read(file: string): SitesBuilt {
  const state = JSON.parse(readFileSync(file, 'utf8')) as SitesBuilt;
  if (!state.ok) throw new Error(state.error);
  return state;
}

/** Polls for the real site's build (its file appears when it is done), then fails at once if it failed. */
export async function waitForSite(): Promise<void> {
  const file = inject('siteBuiltFile');
  const started = Date.now();
  while (!existsSync(file)) {
    deadlinePassed(started, file);
    await sleep(200);
  }
  read(file);
}

// Written once, when both builds are done, and never again in the run: read once per worker.
let built: Extract<SitesBuilt, { ok: true }> | undefined;

/**
 * Both builds' outcome, waiting for the fixture's if it is still being built; throws the build's own output when
 * one failed. It waits without yielding, as the files that need the fixture ask for it while they are collected
 * (`useBrowserSite(…, multiStoryDist())`), where nothing else of the file can run meanwhile.
 */
export function sitesBuilt(): Extract<SitesBuilt, { ok: true }> {
  if (built) return built;
  const file = inject('sitesBuiltFile');
  const started = Date.now();
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(file)) {
    deadlinePassed(started, file);
    Atomics.wait(pause, 0, 0, 200);
  }
  built = read(file) as Extract<SitesBuilt, { ok: true }>;
  return built;
}
