/**
 * Search benchmark: serves dist/ (gzip) on localhost, drives Chromium and
 * measures the bytes search loads before and after intent and the time from
 * the last keystroke to the first result on screen, warm and cold.
 *
 *   npm run build && node bench/search.ts [--json]
 *
 * `measureSearch()` and `firstSearchCost()` are exported for bench/run.ts and bench/scaling.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../fixtures/chromium.ts';
import { distDir } from '../fixtures/paths.ts';
import { serveGzipped } from './serve.ts';
import { kB, median, ms } from './stats.ts';
import { storyPageUrl } from './story.ts';

/** Queries typed in turn: names (whole-word path) and ordinary words (prefix path). */
const WARM_QUERIES = ['Modi', 'Putin', 'tariffs', 'Alaska', 'SCO', 'dual-use', 'Beijing', 'Jinping', 'sanctions', 'parade'];
/** The warm queries that a plain full-text search finds too: the article never writes "Jinping", which this site finds by its aliases. */
export const SHARED_WARM_QUERIES = WARM_QUERIES.filter((query) => query !== 'Jinping');
const COLD_QUERIES = ['Modi', 'tariffs', 'Putin', 'Alaska', 'SCO', 'Beijing', 'Xi'];
/** Each cold query is measured in this many fresh visits: one cold visit is at the mercy of whatever else the machine does. */
const COLD_ROUNDS = 3;

/** Anything that belongs to search: its code chunk, Pagefind's files, the names file and the places files. */
export const isSearchRequest = (url: string) => /\/pagefind\/|\/_astro\/search-dialog|\/search\/(names\.json|places\/)/.test(url);
/** The small script that listens for intent (button, shortcuts, ?q=). */
const isIntentListener = (url: string) => /\/_astro\/Search\.astro/.test(url);

interface Transfer {
  url: string;
  /** Body bytes on the wire (gzip where the server compressed), headers excluded. */
  bytes: number;
  /** Whether the request started after the reader showed intent. */
  afterIntent: boolean;
}

export interface ColdSearch {
  query: string;
  /** From the last keystroke to the first result on screen. */
  ms: number;
  /** Everything the page transferred before intent. */
  before: Transfer[];
  /** Everything transferred from the first sign of intent until the results were shown and the network was idle. */
  after: Transfer[];
}

export interface SearchFigures {
  /** Bytes on the wire for search (code, wasm, index, names) before any sign of intent: the most over every cold visit. */
  bytesBeforeIntent: number;
  requestsBeforeIntent: number;
  /** The intent listener's own file, when it is a file rather than inline. */
  listenerBytes: number;
  /** The first search's cost: every byte from the first sign of intent through the first query's results. */
  firstSearchQuery: string;
  firstSearchBytes: number;
  firstSearchRequests: number;
  /** The first search's cost by file kind (wasm, index, names, code…). */
  firstSearchByKind: Record<string, number>;
  warmMs: number[];
  coldMs: number[];
  warmMedian: number;
  coldMedian: number;
  coldVisits: number;
}

const sum = (transfers: readonly Transfer[]) => transfers.reduce((total, transfer) => total + transfer.bytes, 0);

/** What a file of the first search is, for the breakdown. */
function searchKind(url: string): string {
  const path = new URL(url).pathname;
  if (/\/wasm\.[\w-]+\.pagefind$/.test(path)) return 'wasm';
  if (/\.pf_(meta|index|fragment|filter)$|\/pagefind-entry\.json$/.test(path)) return 'index';
  // The two files of the early answer to a name, counted together as before they were split.
  if (path.endsWith('/search/names.json') || path.startsWith('/search/places/')) return 'names';
  if (/\.m?js$/.test(path)) return 'code';
  return 'other';
}

/** The cost of what a cold search transferred after intent: bytes, requests, and bytes by kind of file. */
function costOf(transfers: readonly Transfer[]): { bytes: number; requests: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  for (const transfer of transfers) byKind[searchKind(transfer.url)] = (byKind[searchKind(transfer.url)] ?? 0) + transfer.bytes;
  return { bytes: sum(transfers), requests: transfers.length, byKind };
}

/** Records every finished request of `page`, and whether it started after `intent.shown` was set. */
function recordTransfers(page: Page, intent: { shown: boolean }): Transfer[] {
  const transfers: Transfer[] = [];
  const started = new WeakMap<object, boolean>();
  page.on('request', (request) => started.set(request, intent.shown));
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    // Chromium asks for the favicon again whenever the address changes (the dialog keeps ?q= in it): not search's cost.
    if (!sizes || new URL(request.url()).pathname === '/favicon.svg') return;
    transfers.push({ url: request.url(), bytes: Math.max(0, sizes.responseBodySize), afterIntent: started.get(request) ?? intent.shown });
  });
  return transfers;
}

/** How to drive one site's search UI, so that the same stopwatch serves this site and the Starlight peer. */
export interface SearchUi {
  /** The key that shows intent and opens search. */
  openKey: string;
  /** The search field. */
  input: string;
  /** What must exist before a reader can search, when the UI builds it after the page has loaded (Starlight does, when idle). */
  ready?: string;
  /** The element that holds the results. */
  results: string;
  /** A result, inside `results`. */
  hit: string;
  /** Where the UI says which query its results answer: an attribute of `results`, or the text of an element in it. */
  queryAttribute?: string;
  queryText?: string;
}

/** This site's search dialog. */
export const OUR_SEARCH: SearchUi = {
  openKey: 'Control+k',
  input: '#search-input',
  results: '[data-search-results]',
  hit: '.search-hit',
  // Set by the first answer on screen, the names' early one included: the reader's wait ends there.
  queryAttribute: 'data-answers',
};

/**
 * Installs the stopwatch: a keydown starts it (the last one, or with `from: 'first'` the first one, the sign of
 * intent), and the first result for `query` on screen stops it.
 */
async function armStopwatch(page: Page, query: string, ui: SearchUi = OUR_SEARCH, from: 'first' | 'last' = 'last'): Promise<void> {
  await page.evaluate(
    ({ expected, ui, from }) => {
      const state = { start: 0, end: 0 };
      (window as unknown as { stopwatch: typeof state }).stopwatch = state;
      document.addEventListener('keydown', () => (state.start = from === 'first' && state.start > 0 ? state.start : performance.now()), {
        capture: true,
      });
      const answers = (results: Element) =>
        ui.queryAttribute
          ? results.getAttribute(ui.queryAttribute) === expected
          : (results.querySelector(ui.queryText ?? '')?.textContent ?? '').includes(expected);
      const observer = new MutationObserver(() => {
        const results = document.querySelector(ui.results);
        if (state.end === 0 && results && answers(results) && results.querySelector(ui.hit)) {
          observer.disconnect();
          // The result is on screen once the next frame is painted.
          requestAnimationFrame(() => (state.end = performance.now()));
        }
      });
      // The whole document: a UI may create its results list only when it first searches.
      observer.observe(document.body, { childList: true, attributes: true, subtree: true, characterData: true });
    },
    { expected: query, ui, from },
  );
}

async function readStopwatch(page: Page, timeout = 20_000): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { stopwatch: { end: number } }).stopwatch.end > 0, null, { timeout });
  return page.evaluate(() => {
    const { start, end } = (window as unknown as { stopwatch: { start: number; end: number } }).stopwatch;
    return end - start;
  });
}

/**
 * Waits until no request of the page has been in flight for `quietMs`. Playwright's 'networkidle' is a load state,
 * reached once after the page loads and never again, so it cannot say when a later burst of requests has ended.
 */
function networkQuiet(page: Page): (quietMs?: number, timeout?: number) => Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  const change = (by: number) => {
    inFlight += by;
    lastChange = Date.now();
  };
  page.on('request', () => change(1));
  page.on('requestfinished', () => change(-1));
  page.on('requestfailed', () => change(-1));
  return async (quietMs = 500, timeout = 20_000) => {
    const deadline = Date.now() + timeout;
    while (inFlight > 0 || Date.now() - lastChange < quietMs) {
      if (Date.now() > deadline) throw new Error(`The network did not fall quiet within ${timeout} ms (${inFlight} requests in flight).`);
      await page.waitForTimeout(50);
    }
  };
}

/**
 * One cold search in a fresh browser context (empty cache): load the page, scroll, then press "/" (the first sign
 * of intent) and type the query at once, as a fast typist would; the clock runs from the last keystroke.
 */
export async function coldSearch(browser: Browser, origin: string, query: string, timeout = 20_000): Promise<ColdSearch> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const intent = { shown: false };
    const transfers = recordTransfers(page, intent);
    const quiet = networkQuiet(page);
    await page.goto(storyPageUrl(origin), { waitUntil: 'networkidle', timeout });
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(200);
    await armStopwatch(page, query);
    intent.shown = true;
    await page.keyboard.press('Control+k');
    await page.keyboard.type(query);
    const elapsed = await readStopwatch(page, timeout);
    // The first result may be the early answer from the names; the first search's cost runs until the full results
    // (Pagefind's, no longer marked busy) are on screen and nothing more is downloading.
    await page
      .locator(`${OUR_SEARCH.results}[${OUR_SEARCH.queryAttribute}=${JSON.stringify(query)}]:not([aria-busy])`)
      .waitFor({ state: 'attached', timeout });
    await quiet(500, timeout);
    return { query, ms: elapsed, before: transfers.filter((t) => !t.afterIntent), after: transfers.filter((t) => t.afterIntent) };
  } finally {
    await context.close();
  }
}

/**
 * Bytes and requests from the first sign of intent through the first results for `query` on one cold visit, and
 * the time from the last keystroke to the first result. `timeout` bounds the page load and the wait for results.
 */
export async function firstSearchCost(
  browser: Browser,
  origin: string,
  query: string,
  timeout?: number,
): Promise<{ bytes: number; requests: number; byKind: Record<string, number>; ms: number }> {
  const run = await coldSearch(browser, origin, query, timeout);
  return { ...costOf(run.after), ms: run.ms };
}

/**
 * Warm search: one page with search loaded; each query typed into the emptied field, timed from the last keystroke
 * to the first result on screen, `rounds` times over.
 */
export async function warmRuns(
  browser: Browser,
  origin: string,
  { ui = OUR_SEARCH, rounds = 2, queries = WARM_QUERIES }: { ui?: SearchUi; rounds?: number; queries?: readonly string[] } = {},
): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(storyPageUrl(origin), { waitUntil: 'networkidle' });
    if (ui.ready) await page.locator(ui.ready).waitFor({ state: 'attached' });
    await page.keyboard.press(ui.openKey);
    await page.locator(ui.input).fill('the');
    await page.locator(`${ui.results} ${ui.hit}`).first().waitFor();
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const query of queries) {
        await page.fill(ui.input, '');
        await page.waitForFunction((selector) => !document.querySelector(selector), `${ui.results} ${ui.hit}`);
        await armStopwatch(page, query, ui);
        await page.keyboard.type(query);
        times.push(await readStopwatch(page));
      }
    }
    return times;
  } finally {
    await context.close();
  }
}

/** Chromium's DevTools presets for a slow phone: Lighthouse's "slow 4G" network and a 4× slower CPU. */
export const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 };

/** Throttles a fresh page to SLOW_4G through the DevTools protocol, before it loads anything. */
export async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_4G.latency,
    downloadThroughput: SLOW_4G.downloadThroughput,
    uploadThroughput: SLOW_4G.uploadThroughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpu });
}

/**
 * Intent to first result on a slow phone: a fresh context throttled through the DevTools protocol (150 ms round
 * trip, 1.6 Mbps down, 4× CPU), the page loaded until the network is idle, then the key that opens search and the
 * query typed at once. The clock runs from that first key (intent) to the first result on screen.
 */
export async function throttledFirstResult(browser: Browser, origin: string, query: string, ui: SearchUi = OUR_SEARCH): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const page = await context.newPage();
    await throttle(context, page);
    await page.goto(storyPageUrl(origin), { waitUntil: 'networkidle', timeout: 60_000 });
    if (ui.ready) await page.locator(ui.ready).waitFor({ state: 'attached', timeout: 60_000 });
    await armStopwatch(page, query, ui, 'first');
    await page.keyboard.press(ui.openKey);
    await page.keyboard.type(query);
    return await readStopwatch(page, 60_000);
  } finally {
    await context.close();
  }
}

/** Search's figures for the site served at `origin` (built with its search index). */
export async function measureSearch(browser: Browser, origin: string, log: (message: string) => void = () => {}): Promise<SearchFigures> {
  // The first visit also pays for Chromium's own warm-up (a new renderer, its caches): it is not counted.
  await coldSearch(browser, origin, 'Russia');
  log(`search: ${COLD_QUERIES.length * COLD_ROUNDS} cold visits…`);
  const cold: ColdSearch[] = [];
  for (let round = 0; round < COLD_ROUNDS; round++) for (const query of COLD_QUERIES) cold.push(await coldSearch(browser, origin, query));
  log('search: warm queries…');
  const warmMs = await warmRuns(browser, origin);
  const searchBefore = cold.map((run) => run.before.filter((transfer) => isSearchRequest(transfer.url)));
  const worstBefore = searchBefore.reduce((worst, list) => (sum(list) > sum(worst) ? list : worst), searchBefore[0] ?? []);
  const first = cold[0]!;
  const firstSearch = costOf(first.after);
  const coldMs = cold.map((run) => run.ms);
  return {
    bytesBeforeIntent: sum(worstBefore),
    requestsBeforeIntent: worstBefore.length,
    listenerBytes: sum(first.before.filter((transfer) => isIntentListener(transfer.url))),
    firstSearchQuery: first.query,
    firstSearchBytes: firstSearch.bytes,
    firstSearchRequests: firstSearch.requests,
    firstSearchByKind: firstSearch.byKind,
    warmMs,
    coldMs,
    warmMedian: median(warmMs),
    coldMedian: median(coldMs),
    coldVisits: cold.length,
  };
}

if (import.meta.main) {
  if (!existsSync(join(distDir, 'pagefind/pagefind.js'))) {
    throw new Error('dist/ has no search index: run `npm run build` first.');
  }
  const site = await serveGzipped(distDir);
  const browser = await launchChromium();
  try {
    const figures = await measureSearch(browser, site.origin);
    if (process.argv.includes('--json')) {
      console.log(JSON.stringify(figures, null, 2));
    } else {
      const range = (values: number[]) => `${ms(Math.min(...values))} to ${ms(Math.max(...values))}`;
      const listener = figures.listenerBytes > 0 ? `${figures.listenerBytes} B file` : 'inline in the page';
      const kinds = Object.entries(figures.firstSearchByKind)
        .map(([kind, bytes]) => `${kind} ${kB(bytes)}`)
        .join(', ');
      console.log('Search (Chromium, localhost, gzip)');
      console.log(
        `  search bytes before intent        ${figures.bytesBeforeIntent} B in ${figures.requestsBeforeIntent} requests (intent listener: ${listener})`,
      );
      console.log(
        `  first search ("${figures.firstSearchQuery}")           ${kB(figures.firstSearchBytes)} in ${figures.firstSearchRequests} requests (${kinds})`,
      );
      console.log(
        `  keystroke to first result, warm   median ${ms(figures.warmMedian)} over ${figures.warmMs.length} queries (${range(figures.warmMs)})`,
      );
      console.log(
        `  keystroke to first result, cold   median ${ms(figures.coldMedian)} over ${figures.coldVisits} fresh contexts (${range(figures.coldMs)})`,
      );
    }
  } finally {
    await browser.close();
    await site.close();
  }
}
