import { spawn } from 'node:child_process';
import { astroBin } from './paths.ts';

export interface AstroRun {
  code: number | null;
  /** stdout and stderr together, as an editor would see them in a terminal. */
  output: string;
}

/** Runs an astro CLI command in `cwd` and collects its output; never throws on a failing exit code. */
export function runAstro(args: string[], cwd: string): Promise<AstroRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, ...args], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
