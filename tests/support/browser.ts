import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import sirv from 'sirv';
import { distDir } from '../../fixtures/paths.ts';

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
 * Connects to the run's one Chromium (launched by browser-setup.ts) and serves dist/ (or another built site) for the
 * test file (or describe block) that calls it; closes both after it. `opened` receives them. Tests keep apart by
 * opening contexts or pages of their own: closing the connection drops every context it opened.
 */
export function useBrowserSite(opened: (live: { browser: Browser; site: StaticSite }) => void, dist = distDir): void {
  let live: { browser: Browser; site: StaticSite } | undefined;
  beforeAll(async () => {
    const [browser, site] = await Promise.all([chromium.connect(inject('chromiumEndpoint')), serveDist(dist)]);
    live = { browser, site };
    opened(live);
  });
  afterAll(async () => {
    await live?.browser.close();
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
}

/** The shared tab of a test file (useTab). */
export interface Tab {
  /** The tab, made clean for a new visit and left on about:blank, for a test that listens before it navigates. */
  open(options?: TabOptions): Promise<Page>;
  /** The same, then `path` on the site, loaded. */
  visit(path: string, options?: TabOptions): Promise<Page>;
  /** Ends a visit: closes the page's context where it had one of its own; the shared tab stays open for the next. */
  leave(page: Page): Promise<void>;
}

/**
 * One tab that a test file's visits take turns in. A new context and page cost about 1 s of CPU on this 2-core
 * machine (a renderer process started, and Playwright's setup of its target); a visit in an open tab about a quarter
 * of that. Each visit starts as a reader's first would: the listeners, routes and permissions of the visit before are
 * gone, the site's local and session storage are empty, the mouse is out of the way, and the window and scheme are
 * the ones asked for. What only a new context gives stays with tests that open one: JavaScript turned off, a touch
 * screen, a clock, an init script, or requests counted from a cold cache. The tab closes with the file's connection.
 */
export function useTab(live: () => { browser: Browser; site: StaticSite }): Tab {
  let tab: Page | undefined;
  const open = async (options: TabOptions = {}): Promise<Page> => {
    const { browser, site } = live();
    if (!tab || tab.isClosed()) tab = await (await browser.newContext()).newPage();
    const page = tab;
    page.removeAllListeners();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.context().unrouteAll({ behavior: 'ignoreErrors' });
    await page.context().clearPermissions();
    // Session storage belongs to the tab and its origin, and only a document of that origin can empty it: the
    // site's robots.txt runs no script of its own that could read the storage first.
    await page.goto(`${site.origin}/robots.txt`);
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    await page.goto('about:blank');
    await page.mouse.move(0, 0);
    await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 800 });
    // The screen again, after a visit that printed.
    await page.emulateMedia({
      media: null,
      colorScheme: options.colorScheme ?? 'light',
      reducedMotion: options.reducedMotion ?? 'no-preference',
    });
    return page;
  };
  return {
    open,
    async visit(path, options) {
      const page = await open(options);
      await page.goto(`${live().site.origin}${path}`);
      return page;
    },
    async leave(page) {
      if (page !== tab) await page.context().close();
    },
  };
}
