import type { Browser, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, COLOUR_RULES } from '../support/axe';
import { type StaticSite, useBrowserSite } from '../support/browser';
import { distFiles, readerPages, urlPathOf } from '../support/dist-files';
import { builtPage } from '../support/site';
import { MIN_TARGET, resizeTo, showScheme, smallTargets } from '../support/targets';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));

const pages = distFiles('.html').map(urlPathOf);
const readersStayOn = new Set(readerPages());

/** What a page sends and refuses while it loads, recorded from before its first byte. */
async function watchPolicy(page: Page): Promise<{ foreign: string[]; consoleRefusals: string[]; inFlight: Set<Request> }> {
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
 * One visit per page, its Content-Security-Policy enforced as a reader's browser enforces it: first what it requests
 * and refuses on load, then (on a page a reader stays on) axe in light and in dark, and every control's size at 1280
 * and at 360 px, the window resized in place. axe runs under the policy (see axeViolations), so nothing of it can
 * hide a refusal: the page must still have refused nothing when the checks end. Reduced motion, so that axe reads
 * colours settled rather than halfway through a change of scheme (a marked section's background fades over 0.6 s).
 * Soft expectations, so that one failure still lets the other checks of the same visit report.
 */
describe(`every page requests nothing from a third party and breaks no policy rule; every page a reader stays on also passes axe-core in light and dark, with every control at least ${MIN_TARGET}×${MIN_TARGET} px unless it is a link inside a sentence`, () => {
  for (const path of pages) {
    it(`on ${path}`, async () => {
      const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const { foreign, consoleRefusals, inFlight } = await watchPolicy(page);
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
    });
  }
});
