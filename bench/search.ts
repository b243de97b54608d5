/**
 * Search benchmark: serves dist/ (gzip) on localhost, drives Chromium and
 * prints the bytes search loads before intent and the median time from the
 * last keystroke to the first result on screen, warm and cold.
 *
 *   npm run build && node bench/search.ts [--json]
 *
 * `measureSearch()` is exported for bench/run.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const CHROMIUM = [process.env['CHROMIUM_PATH'], '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/google-chrome'];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
/** Queries typed in turn: names (whole-word path) and ordinary words (prefix path). */
const WARM_QUERIES = ['Modi', 'Putin', 'tariffs', 'Alaska', 'SCO', 'dual-use', 'Beijing', 'Jinping', 'sanctions', 'parade'];
const COLD_QUERIES = ['Modi', 'tariffs', 'Putin', 'Alaska', 'SCO', 'Beijing', 'Xi', 'sanctions', 'Jinping', 'parade', 'Ukraine'];

/** Anything that belongs to search: its code chunk, Pagefind's files and the names file. */
const isSearchRequest = (url: string) => /\/pagefind\/|\/_astro\/search-dialog|\/search\/names\.json/.test(url);

export interface SearchFigures {
  /** Bytes on the wire for search (code, wasm, index, names) before any sign of intent. */
  bytesBeforeIntent: number;
  requestsBeforeIntent: number;
  /** The small script that listens for intent (button, shortcuts, ?q=), when it is a file of its own rather than inline. */
  listenerBytes: number;
  /** Bytes on the wire for everything on the explainer page before intent (for context). */
  pageBytesBeforeIntent: number;
  /** Bytes search loads once intent is shown, up to the first result. */
  bytesFirstSearch: number;
  warmMs: number[];
  coldMs: number[];
  warmMedian: number;
  coldMedian: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A static host for dist/ that compresses text, as a CDN would. */
async function serve(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://bench').pathname);
    let file = normalize(join(DIST, path));
    if (!file.startsWith(DIST)) file = DIST;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    if (/text|javascript|json|svg/.test(type) && /gzip/.test(String(request.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    response.writeHead(200, { ...headers, 'Content-Length': String(body.length) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Bytes on the wire (headers and encoded body) of every finished request, by URL. */
function recordTransfers(page: Page): { url: string; bytes: number }[] {
  const transfers: { url: string; bytes: number }[] = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    if (sizes) transfers.push({ url: request.url(), bytes: sizes.responseHeadersSize + sizes.responseBodySize });
  });
  return transfers;
}

/** Installs the stopwatch: the last keydown starts it, the first result for `query` on screen stops it. */
async function armStopwatch(page: Page, query: string): Promise<void> {
  await page.evaluate((expected) => {
    const results = document.querySelector<HTMLElement>('[data-search-results]')!;
    const state = { start: 0, end: 0 };
    (window as unknown as { stopwatch: typeof state }).stopwatch = state;
    document.addEventListener('keydown', () => (state.start = performance.now()), { capture: true });
    const observer = new MutationObserver(() => {
      if (state.end === 0 && results.dataset['query'] === expected && results.querySelector('.search-hit')) {
        observer.disconnect();
        // The result is on screen once the next frame is painted.
        requestAnimationFrame(() => (state.end = performance.now()));
      }
    });
    observer.observe(results, { childList: true, attributes: true });
  }, query);
}

async function readStopwatch(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { stopwatch: { end: number } }).stopwatch.end > 0, null, { timeout: 10_000 });
  return page.evaluate(() => {
    const { start, end } = (window as unknown as { stopwatch: { start: number; end: number } }).stopwatch;
    return end - start;
  });
}

async function coldRun(browser: Browser, origin: string, query: string): Promise<{ ms: number; before: { url: string; bytes: number }[]; all: { url: string; bytes: number }[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const transfers = recordTransfers(page);
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  await page.mouse.wheel(0, 600);
  await page.waitForTimeout(200);
  const before = [...transfers];
  await armStopwatch(page, query);
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  const ms = await readStopwatch(page);
  await page.waitForLoadState('networkidle');
  const all = [...transfers];
  await context.close();
  return { ms, before, all };
}

async function warmRuns(browser: Browser, origin: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${origin}/?q=the`, { waitUntil: 'networkidle' });
  await page.waitForSelector('[data-search-results][data-query="the"] .search-hit');
  const times: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const query of WARM_QUERIES) {
      await page.fill('#search-input', '');
      await page.waitForFunction(() => !document.querySelector('[data-search-results] .search-hit'));
      await armStopwatch(page, query);
      await page.keyboard.type(query);
      times.push(await readStopwatch(page));
    }
  }
  await context.close();
  return times;
}

function findChromium(): string {
  const found = CHROMIUM.find((path) => path && existsSync(path));
  if (!found) throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  return found;
}

export async function measureSearch(): Promise<SearchFigures> {
  if (!existsSync(join(DIST, 'pagefind/pagefind.js'))) {
    throw new Error('dist/ has no search index: run `npm run build` first.');
  }
  const site = await serve();
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    // The first visit also pays for Chromium's own warm-up (a new renderer, its caches): it is not counted.
    await coldRun(browser, site.origin, 'Russia');
    const cold = [];
    for (const query of COLD_QUERIES) cold.push(await coldRun(browser, site.origin, query));
    const warmMs = await warmRuns(browser, site.origin);
    const first = cold[0]!;
    const searchBefore = first.before.filter((transfer) => isSearchRequest(transfer.url));
    const sum = (list: { bytes: number }[]) => list.reduce((total, transfer) => total + transfer.bytes, 0);
    const coldMs = cold.map((run) => run.ms);
    return {
      bytesBeforeIntent: sum(searchBefore),
      requestsBeforeIntent: searchBefore.length,
      listenerBytes: sum(first.before.filter((transfer) => /\/_astro\/Search\.astro/.test(transfer.url))),
      pageBytesBeforeIntent: sum(first.before),
      bytesFirstSearch: sum(first.all.filter((transfer) => isSearchRequest(transfer.url))),
      warmMs,
      coldMs,
      warmMedian: median(warmMs),
      coldMedian: median(coldMs),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

if (import.meta.main) {
  const figures = await measureSearch();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(figures, null, 2));
  } else {
    const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log('Search (Chromium, localhost, gzip)');
    const listener = figures.listenerBytes > 0 ? `${figures.listenerBytes} B file` : 'inline in the page';
    console.log(`  search bytes before intent        ${figures.bytesBeforeIntent} B in ${figures.requestsBeforeIntent} requests (page total ${kB(figures.pageBytesBeforeIntent)}; intent listener ${listener})`);
    console.log(`  search bytes for the first query  ${kB(figures.bytesFirstSearch)}`);
    const range = (values: number[]) => `${ms(Math.min(...values))} to ${ms(Math.max(...values))}`;
    console.log(`  keystroke to first result, warm   median ${ms(figures.warmMedian)} over ${figures.warmMs.length} queries (${range(figures.warmMs)})`);
    console.log(`  keystroke to first result, cold   median ${ms(figures.coldMedian)} over ${figures.coldMs.length} fresh visits (${range(figures.coldMs)})`);
  }
}
