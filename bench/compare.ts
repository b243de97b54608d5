/**
 * This site beside the Starlight peer (bench/peer.ts), measured in one run on one machine. Every measure runs its
 * rounds alternately (this site first in even rounds, the peer first in odd ones), so that a burst of load from
 * other work on the machine falls on both sites alike, and the medians are compared as ratios.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { lighthouseScores, medianScores } from './lighthouse.ts';
import { measurePageLoad, type PageLoad } from './page-load.ts';
import { throttledPaint } from './slow-paint.ts';
import { SHARED_WARM_QUERIES, throttledFirstResult, warmRuns, type SearchUi } from './search.ts';
import { median } from './stats.ts';
import { storyPageUrl } from './story.ts';

export interface Site {
  name: string;
  origin: string;
  ui: SearchUi;
}

export const PAGE_LOADS = 7;
export const SLOW_RUNS = 5;
export const LIGHTHOUSE_RUNS = 5;
export const WARM_ROUNDS = 2;
export const SLOW_QUERY = 'Modi';

/** Each site's figures, keyed by measure. */
export interface SiteFigures {
  /** Everything transferred before any interaction (gzip bodies), median of the cold loads. */
  bytes: number;
  requests: number;
  lcp: number;
  fcp: number;
  /** Elements in the story page's document once loaded, median of the cold loads. */
  elements: number;
  /** First and Largest Contentful Paint on the slow phone (bench/slow-paint.ts), medians of SLOW_RUNS cold loads. */
  slowFcp: number;
  slowLcp: number;
  /** Gzip bytes of the page's HTML over gzip bytes of its text (what the reader can read and copy). */
  htmlGzip: number;
  textGzip: number;
  slowMs: number;
  warmMs: number;
  lighthouse: Record<string, number>;
  /** Lighthouse's Total Blocking Time, median of its runs. */
  totalBlockingTimeMs: number;
  /** The first cold load, for the breakdown by kind. */
  firstLoad: PageLoad;
}

/** Runs `measure` `rounds` times on each site, alternating which site goes first; returns each site's results. */
async function alternate<S, T>(sites: readonly S[], rounds: number, measure: (site: S) => Promise<T>): Promise<T[][]> {
  const results = sites.map((): T[] => []);
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? sites.map((_, index) => index) : sites.map((_, index) => sites.length - 1 - index);
    for (const index of order) results[index]!.push(await measure(sites[index]!));
  }
  return results;
}

/** Gzip (level 9, as bench/serve.ts serves it) of the page's visible text, read by Chromium as a reader would copy it. */
async function textGzip(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(storyPageUrl(origin), { waitUntil: 'networkidle' });
    const text = await page.evaluate(() => document.body.innerText);
    return gzipSync(text, { level: 9 }).length;
  } finally {
    await context.close();
  }
}

/** What the cold loads of the story page give, the figures that depend on no timing but the bytes. */
export type LoadFigures = Pick<SiteFigures, 'bytes' | 'requests' | 'lcp' | 'fcp' | 'elements' | 'htmlGzip' | 'textGzip' | 'firstLoad'>;

/**
 * PAGE_LOADS cold loads of each site's story page, alternating, and the gzip of its text: what it transfers before
 * any interaction, its elements and its markup overhead (`node bench/run.ts --bytes` runs this alone).
 */
export async function compareLoads(
  browser: Browser,
  sites: readonly Pick<Site, 'origin'>[],
  log: (message: string) => void,
): Promise<LoadFigures[]> {
  log(`compare: ${PAGE_LOADS} cold page loads of each site…`);
  const loads = await alternate(sites, PAGE_LOADS, (site) => measurePageLoad(browser, storyPageUrl(site.origin)));
  const texts = await Promise.all(sites.map((site) => textGzip(browser, site.origin)));
  return sites.map((_, index) => {
    const siteLoads = loads[index]!;
    return {
      bytes: median(siteLoads.map((load) => load.totalBytes)),
      requests: median(siteLoads.map((load) => load.requests)),
      lcp: median(siteLoads.map((load) => load.lcp)),
      fcp: median(siteLoads.map((load) => load.fcp)),
      elements: median(siteLoads.map((load) => load.elements)),
      htmlGzip: median(siteLoads.map((load) => load.bytesByType['HTML'] ?? 0)),
      textGzip: texts[index]!,
      firstLoad: siteLoads[0]!,
    };
  });
}

/** Measures every site with every measure, alternating, and returns the figures in `sites` order. */
export async function compareSites(browser: Browser, sites: readonly Site[], log: (message: string) => void): Promise<SiteFigures[]> {
  const loads = await compareLoads(browser, sites, log);
  log(`compare: ${SLOW_RUNS} slow-4G cold loads of each site's story page…`);
  const paints = await alternate(sites, SLOW_RUNS, (site) => throttledPaint(browser, storyPageUrl(site.origin)));
  log(`compare: ${SLOW_RUNS} slow-4G first searches for "${SLOW_QUERY}" on each site…`);
  const slow = await alternate(sites, SLOW_RUNS, (site) => throttledFirstResult(browser, site.origin, SLOW_QUERY, site.ui));
  log('compare: warm searches…');
  const warm = await alternate(sites, WARM_ROUNDS, (site) =>
    warmRuns(browser, site.origin, { ui: site.ui, rounds: 1, queries: SHARED_WARM_QUERIES }),
  );
  log(`compare: Lighthouse (mobile) ${LIGHTHOUSE_RUNS} times on each site…`);
  const lighthouse = await alternate(sites, LIGHTHOUSE_RUNS, (site) => lighthouseScores(storyPageUrl(site.origin)));
  return sites.map((_, index) => {
    const siteLighthouse = lighthouse[index]!;
    return {
      ...loads[index]!,
      slowFcp: median(paints[index]!.map((paint) => paint.fcp)),
      slowLcp: median(paints[index]!.map((paint) => paint.lcp)),
      slowMs: median(slow[index]!),
      warmMs: median(warm[index]!.flat()),
      lighthouse: medianScores(siteLighthouse.map((run) => run.scores)),
      totalBlockingTimeMs: median(siteLighthouse.map((run) => run.totalBlockingTimeMs)),
    };
  });
}
