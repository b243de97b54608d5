import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContextOptions, type Disposable, type Page, type Route } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import sirv from 'sirv';
import { distDir } from '../../fixtures/paths.ts';
import { devTools } from './devtools';

export interface StaticSite {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves dist/ (or another built site) on a free localhost port, as a static host would: an address the site does
 * not have gets its 404.html with status 404, as Netlify, Cloudflare Pages and GitHub Pages serve it.
 */
export async function serveDist(dir = distDir): Promise<StaticSite> {
  const notFound = join(dir, '404.html');
  const handler = sirv(dir, {
    dev: true,
    etag: false,
    onNoMatch: (_request, response) => {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    },
  });
  const server: Server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    // Every connection too: a file's shared tab, still open, holds its own to the end (a reader's would), and
    // close() alone waited on one of them past the hook's 3 minutes.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium that browser-setup.ts launched once for the whole run. */
    chromiumEndpoint: string;
  }
}

/**
 * This worker's connection to the run's one Chromium (launched by browser-setup.ts), opened by its first file and
 * kept for the worker's life. The site files share a worker's module cache (isolate: false in vitest.config.ts), so
 * the files that a worker runs one after another share the connection and, through it, their tabs (useTab): a new
 * context and tab cost about 1.7 s of CPU (a renderer started, and the context's own processes), a visit in an open
 * tab a quarter of that, and with a context per file and per test that needed JavaScript off or a cold cache, a run
 * opened about 80 of them.
 */
let connection: Promise<Browser> | undefined;
async function workerConnection(): Promise<Browser> {
  const current = connection && (await connection);
  if (current?.isConnected()) return current;
  connection = chromium.connect(inject('chromiumEndpoint'));
  return connection;
}

/**
 * What a tab's context is made with, for good: `plain`, a desk's; `touch`, a phone's touch screen (`hasTouch` and
 * `isMobile`, which Playwright takes from the context only); `clock`, for tests that set Playwright's clock, which a
 * context keeps once installed and which must not reach the tabs of other tests.
 */
export type TabKind = 'plain' | 'touch' | 'clock';
const CONTEXT_OPTIONS: Record<TabKind, BrowserContextOptions> = {
  plain: {},
  touch: { hasTouch: true, isMobile: true },
  clock: {},
};

/** The worker's tabs that no file holds now, each left by a file (useTab) for the next to take. */
const idleTabs = new Set<Page>();
/** The tabs that a file holds now. */
const heldTabs = new Set<Page>();
/** The kind of each tab that useTab opened. */
const tabKinds = new WeakMap<Page, TabKind>();

/**
 * Connects to the run's one Chromium and serves dist/ (or another built site) for the test file (or describe block)
 * that calls it; `opened` receives both. Afterwards the site closes, and so does every context the file opened but
 * the tabs it hands on (useTab): tests keep apart by opening contexts or pages of their own, and none outlives them.
 */
export function useBrowserSite(opened: (live: { browser: Browser; site: StaticSite }) => void, dist = distDir): void {
  let live: { browser: Browser; site: StaticSite } | undefined;
  beforeAll(async () => {
    const [browser, site] = await Promise.all([workerConnection(), serveDist(dist)]);
    live = { browser, site };
    opened(live);
  });
  afterAll(async () => {
    if (live) {
      const kept = new Set([...idleTabs, ...heldTabs].map((tab) => tab.context()));
      await Promise.all(
        live.browser
          .contexts()
          .filter((context) => !kept.has(context))
          .map((context) => context.close()),
      );
    }
    await live?.site.close();
  });
}

/** Holds every request of `page` matching `pattern` until `release()` is called: a slow connection, at the test's pace. */
export async function holdBack(page: Page, pattern: RegExp): Promise<{ held: () => string[]; release: () => void }> {
  const waiting: Route[] = [];
  let released = false;
  await page.route(pattern, (route) => {
    if (released) void route.continue();
    else waiting.push(route);
  });
  return {
    held: () => waiting.map((route) => new URL(route.request().url()).pathname),
    release: () => {
      released = true;
      for (const route of waiting.splice(0)) void route.continue();
    },
  };
}

/** Pagefind's files but the short list of them, so that the launcher starts every download and none arrives. */
export const PAGEFIND_FILES = /\/pagefind\/(?!first-search\.json)/;

/** How a visit in a shared tab sees the page: the window's size, the colour scheme and the motion asked for. */
export interface TabOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** false: the visit reads the page as a browser with JavaScript turned off does (the tab's scripts stay off until the next visit). */
  javaScript?: boolean;
  /** true: nothing comes from the browser's caches, for a test that counts what the page requests. */
  coldCache?: boolean;
  /**
   * A script that each document of the visit runs before the page's own, in the page's world (what a context's
   * addInitScript does, but for this visit alone: the next visit removes it).
   */
  initScript?: () => void;
  /** For visit(): called with the clean tab right before it navigates, to listen from the visit's first request. */
  beforeNavigate?: (page: Page) => void;
}

/** The shared tab of a test file (useTab). */
export interface Tab {
  /** The tab, made clean for a new visit and left on about:blank, for a test that listens before it navigates. */
  open(options?: TabOptions): Promise<Page>;
  /** The tab, made clean for a new visit, with `path` on the site loaded in it. */
  visit(path: string, options?: TabOptions): Promise<Page>;
  /** Ends a visit: closes the page's context where it had one of its own; the shared tab stays open for the next. */
  leave(page: Page): Promise<void>;
}

/**
 * One tab that a test file's visits take turns in, and that the worker's next file takes over (see workerConnection
 * for what a new one costs). Each visit starts as a reader's first would: the listeners, routes and permissions of the
 * visit before are gone, the cookies and the site's local and session storage are empty, scripts and caches are on,
 * the mouse is out of the way, and the window, scheme, JavaScript, caches and init script are the ones asked for. A
 * touch screen and a clock are the context's for good: a file asks for a tab of that kind (TabKind), which only files
 * asking for the same take over.
 */
export function useTab(live: () => { browser: Browser; site: StaticSite }, kind: TabKind = 'plain'): Tab {
  let tab: Page | undefined;
  afterAll(() => {
    // Handed on to the worker's next file, which makes it clean as for any visit.
    if (tab && !tab.isClosed()) idleTabs.add(tab);
    if (tab) heldTabs.delete(tab);
    tab = undefined;
  });
  /** Makes the tab clean for a visit, then opens `path`, or about:blank for a test that listens before it navigates. */
  const prepare = async (options: TabOptions, path: string | undefined): Promise<Page> => {
    const { browser, site } = live();
    if (!tab || tab.isClosed()) tab = await takeTab(browser, kind);
    const page = tab;
    page.removeAllListeners();
    await removeInitScript(page);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.context().unrouteAll({ behavior: 'ignoreErrors' });
    await page.context().clearPermissions();
    await page.context().clearCookies();
    await emulate(page, { javaScript: true, coldCache: false });
    const javaScript = options.javaScript ?? true;
    // A visit with scripts starts its first document with the storage emptied by a script of the tab's, run before
    // the page's own; one without scripts, one that the test navigates itself, or one whose address differs from the
    // page open now by its fragment alone (which Chromium only scrolls to, in the same document) empties it from the
    // site's robots.txt, which runs no script of its own that could read the storage first. (Session storage belongs
    // to the tab and its origin, so only a document of that origin can empty it.) The first way spares a navigation:
    // a visit cost 0.37 s of CPU instead of 0.55 s, side by side on the story page.
    const withoutFragment = (address: string) => address.replace(/#.*$/, '');
    const emptiedInPlace = path !== undefined && javaScript && withoutFragment(`${site.origin}${path}`) !== withoutFragment(page.url());
    if (!emptiedInPlace) {
      await page.goto(`${site.origin}/robots.txt`);
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
      if (path === undefined) await page.goto('about:blank');
    }
    await page.mouse.move(0, 0);
    await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 800 });
    // The screen again, after a visit that printed.
    await page.emulateMedia({
      media: null,
      colorScheme: options.colorScheme ?? 'light',
      reducedMotion: options.reducedMotion ?? 'no-preference',
    });
    await emulate(page, { javaScript, coldCache: options.coldCache ?? false });
    if (options.initScript) initScripts.set(page, await page.addInitScript(options.initScript));
    if (path === undefined) return page;
    options.beforeNavigate?.(page);
    if (!emptiedInPlace) {
      await page.goto(`${site.origin}${path}`);
      return page;
    }
    const emptying = await page.addInitScript(emptyStorage);
    try {
      await page.goto(`${site.origin}${path}`);
    } finally {
      // Only the visit's first document: a reload or a later address of the same visit keeps what the page stored.
      await emptying.dispose();
    }
    return page;
  };
  return {
    open: (options = {}) => prepare(options, undefined),
    visit: (path, options = {}) => prepare(options, path),
    async leave(page) {
      if (!tabKinds.has(page)) await page.context().close();
    },
  };
}

/** A tab of that kind that another file of this worker left, or a new one. */
async function takeTab(browser: Browser, kind: TabKind): Promise<Page> {
  for (const idle of idleTabs) {
    if (tabKinds.get(idle) !== kind) continue;
    idleTabs.delete(idle);
    if (!idle.isClosed() && idle.context().browser() === browser) {
      heldTabs.add(idle);
      return idle;
    }
  }
  const page = await (await browser.newContext(CONTEXT_OPTIONS[kind])).newPage();
  tabKinds.set(page, kind);
  heldTabs.add(page);
  return page;
}

/**
 * The init script that a visit asked for (TabOptions.initScript), until the next visit removes it. These and the
 * storage-emptying script are Playwright's own init scripts, kept for the page across its documents and processes:
 * scripts added through the tab's DevTools session instead were once gone when a visit that an old address forwards
 * removed its own ("Script not found").
 */
const initScripts = new WeakMap<Page, Disposable>();

async function removeInitScript(page: Page): Promise<void> {
  const script = initScripts.get(page);
  if (script === undefined) return;
  initScripts.delete(page);
  await script.dispose();
}

/** Runs in a visit's first document, before the page's own scripts (a document without storage has none to empty). */
function emptyStorage(): void {
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {}
}

/** What each tab's scripts and caches are set to, as emulate() last set them. */
const emulations = new WeakMap<Page, { javaScript: boolean; coldCache: boolean }>();

/**
 * Turns the tab's scripts and caches on or off, through its DevTools session: what a context's `javaScriptEnabled`
 * does (Playwright sends the same Emulation command), and DevTools' "Disable cache", without a new context.
 */
async function emulate(page: Page, wanted: { javaScript: boolean; coldCache: boolean }): Promise<void> {
  const state = emulations.get(page) ?? { javaScript: true, coldCache: false };
  emulations.set(page, state);
  const session = await devTools(page);
  if (state.javaScript !== wanted.javaScript) {
    await session.send('Emulation.setScriptExecutionDisabled', { value: !wanted.javaScript });
    state.javaScript = wanted.javaScript;
  }
  if (state.coldCache !== wanted.coldCache) {
    if (wanted.coldCache) {
      await session.send('Network.enable');
      await session.send('Network.clearBrowserCache');
      await session.send('Network.setCacheDisabled', { cacheDisabled: true });
    } else {
      await session.send('Network.setCacheDisabled', { cacheDisabled: false });
      await session.send('Network.disable');
    }
    state.coldCache = wanted.coldCache;
  }
}
