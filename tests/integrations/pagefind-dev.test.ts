import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { astroBin, projectRoot } from '../support/paths';

let server: ChildProcess | undefined;
let origin: string;
let browser: Browser;

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

/** Starts `astro dev` on the project (after the global setup's build) and waits until it serves. */
async function startDev(): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, [astroBin, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectRoot,
    // Vitest's own variables (NODE_ENV=test, VITEST…) would make the dev server answer every page with a 404.
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  server = child;
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (/ready in/.test(output)) resolve();
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
  });
  return `http://127.0.0.1:${port}`;
}

async function searchFor(page: Page, query: string): Promise<void> {
  // The dev server may reload the page once while Vite optimises dependencies.
  await page.goto(`${origin}/sco-2025/`, { waitUntil: 'networkidle' });
  await page.keyboard.press('/');
  await page.keyboard.type(query);
}

beforeAll(async () => {
  [origin, browser] = await Promise.all([startDev(), launchChromium()]);
});
afterAll(async () => {
  server?.kill();
  await browser?.close();
});

describe('search under astro dev', () => {
  it('searches the last build’s index', async () => {
    const page = await browser.newPage();
    await searchFor(page, 'Modi');
    await expect
      .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 30_000 })
      .toMatch(/passages mention Narendra Modi/);
    expect(await page.locator('.search-hit').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('says how to get an index when there is none, instead of showing an empty box', async () => {
    const page = await browser.newPage();
    // As before the first build: the dev server has no index to lend.
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'No search index' }));
    await searchFor(page, 'Modi');
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 30_000 }).toContain('Run “npm run build” once');
    await page.close();
  });
});
