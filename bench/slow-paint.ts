// `node bench/slow-paint.ts <dist>… <peer dist>` (after `npm run build` and `node bench/peer.ts`): First and Largest
// Contentful Paint of the story page on a slow phone, each build beside the Starlight peer (the last folder), alternating, and the
// waterfall of one load of each (when each request starts and ends against the HTML's last byte).
import type { Browser } from 'playwright-core';
import { launchChromium } from '../fixtures/chromium.ts';
import { load } from './machine.ts';
import { throttle } from './search.ts';
import { serveGzipped } from './serve.ts';
import { median } from './stats.ts';
import { storyPageUrl } from './story.ts';

export const SLOW_PAINT_RUNS = 5;

export interface SlowPaint {
  fcp: number;
  lcp: number;
  bytes: number;
  /** Each request's start and end (ms from navigation start) and bytes, in the order they started. */
  waterfall: { url: string; type: string; start: number; end: number; bytes: number }[];
}

/** One cold load of `url` in a fresh context throttled to Lighthouse's slow 4G and a 4× slower CPU. */
export async function throttledPaint(browser: Browser, url: string): Promise<SlowPaint> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const page = await context.newPage();
    await throttle(context, page);
    const finished: Promise<{ url: string; type: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) =>
      finished.push(
        request
          .sizes()
          .then(({ responseBodySize }) => ({ url: request.url(), type: request.resourceType(), bytes: Math.max(0, responseBodySize) })),
      ),
    );
    await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
    // On a busy machine the paint entry can come after the network is idle.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 60_000 });
    const paints = await page.evaluate(
      () =>
        new Promise<{ fcp: number; lcp: number; timings: { url: string; start: number; end: number }[] }>((resolve) => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
          const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const timings = [
            { url: location.href, start: navigation.requestStart, end: navigation.responseEnd },
            ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
              url: entry.name,
              start: entry.startTime,
              end: entry.responseEnd,
            })),
          ];
          new PerformanceObserver((list) => {
            resolve({ fcp, lcp: list.getEntries().at(-1)?.startTime ?? Number.NaN, timings });
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    const transfers = await Promise.all(finished);
    const waterfall = paints.timings.map((timing) => {
      const transfer = transfers.find((candidate) => candidate.url === timing.url);
      return { ...timing, type: transfer?.type ?? '?', bytes: transfer?.bytes ?? 0 };
    });
    return { fcp: paints.fcp, lcp: paints.lcp, bytes: transfers.reduce((sum, { bytes }) => sum + bytes, 0), waterfall };
  } finally {
    await context.close();
  }
}

if (import.meta.main) {
  const folders = process.argv.slice(2);
  if (folders.length < 2)
    throw new Error('usage: node bench/slow-paint.ts <dist>… <peer dist> (node bench/peer.ts prints where the peer is)');
  const sites = await Promise.all(folders.map(async (folder) => ({ name: folder, served: await serveGzipped(folder) })));
  const browser = await launchChromium();
  const loadBefore = load();
  const runs = sites.map((): SlowPaint[] => []);
  for (let round = 0; round < SLOW_PAINT_RUNS; round += 1) {
    // Each round in another order, so that a burst of load from other work falls on every site alike.
    const order = sites.map((_, index) => (round % 2 === 0 ? index : sites.length - 1 - index));
    for (const index of order) runs[index]!.push(await throttledPaint(browser, storyPageUrl(sites[index]!.served.origin)));
  }
  await browser.close();
  const medians = runs.map((list) => ({
    fcp: median(list.map((run) => run.fcp)),
    lcp: median(list.map((run) => run.lcp)),
    bytes: median(list.map((run) => run.bytes)),
  }));
  const peer = medians.at(-1)!;
  for (const [index, site] of sites.entries()) {
    const list = runs[index]!;
    const { fcp, lcp, bytes } = medians[index]!;
    console.log(`${site.name}`);
    console.log(`  FCP ${list.map((run) => run.fcp.toFixed(0)).join(', ')}; LCP ${list.map((run) => run.lcp.toFixed(0)).join(', ')}`);
    console.log(
      `  median of ${SLOW_PAINT_RUNS}: FCP ${fcp.toFixed(0)} ms (${(fcp / peer.fcp).toFixed(2)}×), LCP ${lcp.toFixed(0)} ms (${(lcp / peer.lcp).toFixed(2)}×), bytes ${bytes} (${(bytes / peer.bytes).toFixed(2)}×)`,
    );
    console.log('  waterfall of the first load (start → end, ms from navigation start; bytes):');
    for (const entry of list[0]!.waterfall) {
      const path = new URL(entry.url).pathname;
      console.log(
        `    ${entry.start.toFixed(0).padStart(5)} → ${entry.end.toFixed(0).padStart(5)}  ${String(entry.bytes).padStart(6)}  ${entry.type.padEnd(10)} ${path}`,
      );
    }
  }
  console.log(`1-minute load average: ${loadBefore} at the start, ${load()} at the end`);
  await Promise.all(sites.map((site) => site.served.close()));
}
