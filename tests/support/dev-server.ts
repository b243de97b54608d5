import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { astroBin } from '../../fixtures/paths.ts';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
}

/** Starts `astro dev` on the project at `root` and waits until it serves. Kill `server` when done. */
export async function startDev(root: string): Promise<{ origin: string; server: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [astroBin, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    // Vitest's own variables (NODE_ENV=test, VITEST…) would make the dev server answer every page with a 404.
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (/ready in/.test(output)) resolve();
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, server: child };
}
