import { readFileSync } from 'node:fs';
import type { Browser, ConsoleMessage, Page, Request } from 'playwright-core';
import { parse } from 'yaml';
import { beforeAll, expect } from 'vitest';
import { axeViolations, COLOUR_RULES } from './axe';
import { recordRefusals, refusedOn } from './refusals';
import { type StaticSite, useBrowserSite, useTab } from './browser';
import { distFiles, readerPages, urlPathOf } from './dist-files';
import { builtPage } from './site';
import { resizeTo, showScheme, smallTargets } from './targets';

/** Every built page, as URL paths: the pages a reader stays on and the old addresses that forward them. */
export const builtPaths = distFiles('.html').map(urlPathOf);
const readersStayOn = new Set(readerPages());

const ENTRY_PAGE = /^\/glossary\/([^/]+)\/$/;
const entryKinds = new Map(
  (parse(readFileSync(new URL('../../content/glossary.yaml', import.meta.url), 'utf8')) as { id: string; kind: string }[]).map(
    ({ id, kind }) => [id, kind],
  ),
);

/** The glossary's entry pages (/glossary/<id>/), and the kind of entry each shows as content/glossary.yaml gives it. */
export const entryPages = builtPaths.flatMap((path) => {
  const id = ENTRY_PAGE.exec(path)?.[1];
  return id === undefined ? [] : [{ path, id, kind: entryKinds.get(id) }];
});

/**
 * The tab of a file's per-page checks: the worker's shared tab (useTab), made clean once for the file, that every
 * check of the file navigates. A new context per check would keep nothing between checks that these need, but it
 * starts a new renderer, which must compile axe-core again: measured side by side on 16 glossary pages, the checks
 * took 2.5 times as long that way (77 s against 31 s). Nothing a check reads carries over: each loads its page anew,
 * at 1280 px and in light, and the site keeps nothing between pages that these pages write (only a search landing
 * uses sessionStorage).
 */
export interface CheckTab {
  page: Page;
  site: StaticSite;
}

/** Connects to the run's Chromium and serves dist/ (useBrowserSite), readies the tab in beforeAll, and hands it to `opened`. */
export function useCheckTab(opened: (tab: CheckTab) => void): void {
  let live: { browser: Browser; site: StaticSite } | undefined;
  useBrowserSite((connected) => (live = connected));
  const tab = useTab(() => live!);
  beforeAll(async () => {
    // Reduced motion: see checkPageOnce.
    const page = await tab.open({ reducedMotion: 'reduce', initScript: recordRefusals });
    opened({ page, site: live!.site });
  });
}

/** What the tab sends and refuses from now on, until `stop()`. */
function watchPolicy({ page, site }: CheckTab): { foreign: string[]; consoleRefusals: string[]; inFlight: Set<Request>; stop: () => void } {
  const foreign: string[] = [];
  const consoleRefusals: string[] = [];
  const inFlight = new Set<Request>();
  const onRequest = (request: Request) => {
    inFlight.add(request);
    if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  };
  const onSettled = (request: Request) => inFlight.delete(request);
  const onConsole = (message: ConsoleMessage) => {
    if (/Content Security Policy/i.test(message.text())) consoleRefusals.push(message.text());
  };
  page.on('request', onRequest);
  page.on('requestfinished', onSettled);
  page.on('requestfailed', onSettled);
  page.on('console', onConsole);
  const stop = () => {
    page.off('request', onRequest);
    page.off('requestfinished', onSettled);
    page.off('requestfailed', onSettled);
    page.off('console', onConsole);
  };
  return { foreign, consoleRefusals, inFlight, stop };
}

/**
 * One visit to a page, its Content-Security-Policy enforced as a reader's browser enforces it: first what it requests
 * and refuses on load, then (on a page a reader stays on) axe in light and in dark, and every control's size at 1280
 * and at 360 px, the window resized in place. axe runs under the policy (see axeViolations), so nothing of it can
 * hide a refusal: the page must still have refused nothing when the checks end. Reduced motion, so that axe reads
 * colours settled rather than halfway through a change of scheme (a marked section's background fades over 0.6 s).
 * Soft expectations, so that one failure still lets the other checks of the same visit report.
 */
export async function checkPageOnce(tab: CheckTab, path: string): Promise<void> {
  const { page, site } = tab;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  const { foreign, consoleRefusals, inFlight, stop } = watchPolicy(tab);
  try {
    await page.goto(`${site.origin}${path}`);
    // An old address forwards the reader at once: the check waits for the page it forwards to (the console heard both).
    const forward = /url=(.+)$/i.exec(builtPage(path)('meta[http-equiv="refresh"]').attr('content') ?? '')?.[1];
    if (forward) await page.waitForURL(new URL(forward, `${site.origin}${path}`).href);
    // Loaded, and every request the load started has settled (a refused one fails): nothing left that could break a rule.
    await expect.poll(() => inFlight.size, { message: `${path}: requests still in flight` }).toBe(0);
    expect.soft(foreign, `${path}: foreign requests`).toEqual([]);
    expect.soft(await refusedOn(page), `${path}: policy violations`).toEqual([]);
    expect.soft(consoleRefusals, `${path}: policy violations in the console`).toEqual([]);

    if (readersStayOn.has(path)) {
      await showScheme(page, 'light');
      expect.soft(await axeViolations(page), `${path} at 1280 px, in light`).toEqual([]);
      await showScheme(page, 'dark');
      expect.soft(await axeViolations(page, COLOUR_RULES), `${path} at 1280 px, in dark`).toEqual([]);
      expect.soft(await smallTargets(page), `${path}: small controls at 1280 px`).toEqual([]);
      await resizeTo(page, 360);
      expect.soft(await smallTargets(page), `${path}: small controls at 360 px`).toEqual([]);
      expect.soft(await refusedOn(page), `${path}: policy violations while it was checked`).toEqual([]);
    }
  } finally {
    stop();
  }
}
