import { cpus, loadavg } from 'node:os';
import type { Browser } from 'playwright-core';

/** The machine the figures come from: they mean little without it. */
export function describeMachine(browser: Browser): string {
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, Chromium ${browser.version()}`;
}

/** The 1-minute load average: other work on a small machine slows every timing, so the output records it. */
export function load(): string {
  return loadavg()[0]!.toFixed(1);
}
