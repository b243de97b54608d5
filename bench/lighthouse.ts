import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from '../fixtures/chromium.ts';
import { findChromium } from '../fixtures/chromium.ts';
import { median } from './stats.ts';

export interface LighthouseRun {
  /** The four category scores, 0–100. */
  scores: Record<string, number>;
  /** Total Blocking Time, the simulated phone's main thread blocked past 50 ms per task, in ms. */
  totalBlockingTimeMs: number;
}

/** Lighthouse's four category scores (0–100) and Total Blocking Time for one URL, with the mobile preset (its default). */
export async function lighthouseScores(url: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: CHROMIUM_FLAGS,
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
    return {
      scores: Object.fromEntries(
        Object.entries(result.lhr.categories).map(([name, category]) => [name, Math.round((category.score ?? 0) * 100)]),
      ),
      totalBlockingTimeMs: result.lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    };
  } finally {
    chrome.kill();
  }
}

/**
 * The median of each category over several Lighthouse runs. Lighthouse simulates a slow phone from the timings it
 * observes, so one run on a busy machine can lose points that the page does not deserve to lose; its authors
 * recommend the median of several runs.
 */
export function medianScores(all: readonly Record<string, number>[]): Record<string, number> {
  return Object.fromEntries(Object.keys(all[0] ?? {}).map((category) => [category, median(all.map((scores) => scores[category] ?? 0))]));
}
