import { spawn } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { astroBin } from '../fixtures/paths.ts';

/** A build stopped because it took longer than the time allowed. */
export class BuildTimeout extends Error {
  constructor(root: string, limitMs: number) {
    super(`astro build in ${root} took longer than ${Math.round(limitMs / 1000)} s and was stopped.`);
    this.name = 'BuildTimeout';
  }
}

/**
 * Wall-clock time of one full `astro build --force` (content cache and node_modules/.cache cleared) in `root`. With `limitMs`, a build that
 * runs longer is stopped and a `BuildTimeout` thrown. `bin` is the astro CLI to run (the Starlight peer has its own).
 */
export async function timeBuild(root: string, limitMs?: number, bin = astroBin): Promise<number> {
  return (await runBuild(root, limitMs, bin)).ms;
}

/** One full build as timeBuild runs it, with what Astro printed (its per-page timings among it). */
export function runBuild(root: string, limitMs?: number, bin = astroBin): Promise<{ ms: number; output: string }> {
  // A cold build: the link-preview images that earlier builds drew (src/lib/share/preview-image-fs.ts) are drawn again.
  rmSync(join(root, 'node_modules/.cache'), { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [bin, 'build', '--force'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      // A group of its own, so that a stopped build takes its helpers (esbuild) with it.
      detached: true,
    });
    let output = '';
    let timedOut = false;
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer =
      limitMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
          }, limitMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const elapsed = performance.now() - start;
      if (timedOut) reject(new BuildTimeout(root, limitMs ?? 0));
      else if (code !== 0) reject(new Error(`astro build failed in ${root}:\n${output}`));
      else resolve({ ms: elapsed, output });
    });
  });
}

/** Total size of the files under a folder, and how many there are. */
export function folderSize(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(join(folder, name));
    if (stats.isFile()) {
      bytes += stats.size;
      files += 1;
    }
  }
  return { bytes, files };
}
