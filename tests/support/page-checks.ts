import { readFileSync } from 'node:fs';
import type { Browser, Page, Request } from 'playwright-core';
import { parse } from 'yaml';
import { expect } from 'vitest';
import { axeViolations, COLOUR_RULES } from './axe';
import type { StaticSite } from './browser';
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

/** What a page sends and refuses while it loads, recorded from before its first byte. */
async function watchPolicy(
  page: Page,
  site: StaticSite,
): Promise<{ foreign: string[]; consoleRefusals: string[]; inFlight: Set<Request> }> {
  const foreign: string[] = [];
  const consoleRefusals: string[] = [];
  const inFlight = new Set<Request>();
  page.on('request', (request) => {
    inFlight.add(request);
    if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleRefusals.push(message.text());
  });
  // The page records each refusal itself too: a state to read, which the console only reports.
  await page.addInitScript(() => {
    const refused: string[] = [];
    Object.assign(window, { refused });
    document.addEventListener('securitypolicyviolation', (event) => refused.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  return { foreign, consoleRefusals, inFlight };
}

const refusedOn = (page: Page) => page.evaluate(() => (window as unknown as { refused: string[] }).refused);

/**
 * One visit to a page, its Content-Security-Policy enforced as a reader's browser enforces it: first what it requests
 * and refuses on load, then (on a page a reader stays on) axe in light and in dark, and every control's size at 1280
 * and at 360 px, the window resized in place. axe runs under the policy (see axeViolations), so nothing of it can
 * hide a refusal: the page must still have refused nothing when the checks end. Reduced motion, so that axe reads
 * colours settled rather than halfway through a change of scheme (a marked section's background fades over 0.6 s).
 * Soft expectations, so that one failure still lets the other checks of the same visit report.
 */
export async function checkPageOnce(browser: Browser, site: StaticSite, path: string): Promise<void> {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const { foreign, consoleRefusals, inFlight } = await watchPolicy(page, site);
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
  await context.close();
}
