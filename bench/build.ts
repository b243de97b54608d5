import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runAstro } from '../tests/support/run-astro.ts';

/** Wall-clock time of one full `astro build --force` (content cache cleared) in `root`. */
export async function timeBuild(root: string): Promise<number> {
  const start = performance.now();
  const { code, output } = await runAstro(['build', '--force'], root);
  if (code !== 0) throw new Error(`astro build failed in ${root}:\n${output}`);
  return performance.now() - start;
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
