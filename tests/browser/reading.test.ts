import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));
const tab = useTab(() => ({ browser, site }));

const LAYOUTS = [
  { width: 320, colorScheme: 'light' },
  { width: 360, colorScheme: 'light' },
  { width: 360, colorScheme: 'dark' },
  { width: 1280, colorScheme: 'light' },
  { width: 1280, colorScheme: 'dark' },
] as const;

describe('the explainer page in Chromium', () => {
  for (const { width, colorScheme } of LAYOUTS) {
    it(`reads without horizontal scrolling at ${width} px in ${colorScheme}`, async () => {
      const page = await tab.visit('/sco-2025/', { width, height: 800, colorScheme });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(22, 21, 19)' : 'rgb(253, 252, 250)');
      await expect(page.getByRole('navigation', { name: 'Contents' }).isVisible()).resolves.toBe(true);
    });
  }

  it('keeps a section heading clear of the sticky header when opened by its link', async () => {
    const page = await tab.visit('/sco-2025/#ukraine-war', { width: 1280, height: 800 });
    const headingTop = () => page.evaluate(() => document.getElementById('ukraine-war')!.getBoundingClientRect().top);
    // Smooth scrolling may still be under way: wait until the heading has arrived.
    await expect.poll(headingTop).toBeLessThan(400);
    const headerBottom = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().bottom);
    expect(await headingTop()).toBeGreaterThanOrEqual(headerBottom);
  });

  for (const width of [320, 360]) {
    it(`keeps the sticky header one line high at ${width} px, so a landed section shows its “Part n of m” line`, async () => {
      const page = await tab.visit('/sco-2025/#since-alaska', { width, height: 640 });
      await expect.poll(() => page.evaluate(() => document.getElementById('since-alaska')!.getBoundingClientRect().top)).toBeLessThan(200);
      const { headerBottom, kickerTop, nameHeight, nameLineHeight } = await page.evaluate(() => {
        const name = document.querySelector('.site-name')!;
        return {
          headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
          kickerTop: document.querySelector('[data-section="since-alaska"] .kicker')!.getBoundingClientRect().top,
          nameHeight: name.getBoundingClientRect().height,
          nameLineHeight: parseFloat(getComputedStyle(name).fontSize) * 1.6,
        };
      });
      expect(nameHeight).toBeLessThanOrEqual(nameLineHeight + 1);
      expect(kickerTop).toBeGreaterThanOrEqual(headerBottom);
    });
  }

  it('marks the contents entry of the section being read', async () => {
    const page = await tab.visit('/sco-2025/#not-alone', { width: 1280, height: 800 });
    await expect.poll(() => page.locator('.toc a[aria-current="location"]').getAttribute('href')).toBe('#not-alone');
  });

  // A reader who asks for no motion gets none: a change of target (or of scheme) starts no transition at all. The
  // common reset gave every property a 0.01 ms transition instead, so every colour passed through a frame of its old
  // value when the scheme changed: the kicker's light grey stood on the dark highlight. Without the request, the
  // marked section fades in, which shows that a transition would be seen here.
  for (const [reducedMotion, expected] of [
    ['reduce', []],
    ['no-preference', ['background-color']],
  ] as const) {
    it(`starts ${expected.length ? 'only the highlight’s fade' : 'no transition'} when a link marks a section, with reduced motion ${reducedMotion}`, async () => {
      const page = await tab.visit('/sco-2025/', { width: 1280, height: 800, reducedMotion });
      const started = await page.evaluate(() => {
        location.hash = '#opening';
        getComputedStyle(document.querySelector('[data-section="opening"]')!).backgroundColor;
        return [...new Set(document.getAnimations().map((animation) => (animation as CSSTransition).transitionProperty))];
      });
      expect(started).toEqual(expected);
    });
  }

  it('lets find-in-page reach words in the last section', async () => {
    // The last words of the last section, as content/ has them.
    const words = readFileSync(new URL('../../content/stories/sco-2025/sections/08-diplomatic-push.md', import.meta.url), 'utf8')
      .trim()
      .split(' ')
      .slice(-4)
      .join(' ')
      .replace(/\.$/, '');
    const page = await tab.visit('/sco-2025/', { width: 412, height: 823 });
    const found = await page.evaluate((wanted) => {
      const section = document.querySelector('section[data-section="diplomatic-push"]')!;
      // window.find() is Chromium's find-in-page for scripts; TypeScript's DOM types leave it out.
      const hit = (window as unknown as { find(text: string): boolean }).find(wanted);
      const node = window.getSelection()?.anchorNode;
      return { hit, inSection: node ? section.contains(node) : false };
    }, words);
    expect(found).toEqual({ hit: true, inSection: true });
  });

  it('gives screen readers the last section as soon as the page loads, without scrolling to it', async () => {
    // What a page leaves out of layout until it is scrolled to (content-visibility: auto) Chromium also leaves out
    // of the accessibility tree ("notRendered"): a screen reader could not read on into it.
    const page = await tab.visit('/sco-2025/', { width: 412, height: 823 });
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const exposed: Record<string, boolean> = {};
    for (const selector of ['section[data-section="diplomatic-push"] .prose p', 'section.timeline .event', 'aside.glossary .definition']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      exposed[selector] = nodes[0]?.ignored === false;
    }
    expect(exposed).toEqual({
      'section[data-section="diplomatic-push"] .prose p': true,
      'section.timeline .event': true,
      'aside.glossary .definition': true,
    });
    // The session is this test's; the tab stays open for the next.
    await cdp.detach();
  });

  it('shows every section with JavaScript turned off', async () => {
    const page = await tab.visit('/sco-2025/', { javaScript: false });
    await expect(page.locator('section[data-section]').count()).resolves.toBe(8);
    // Scoped to the credit line: the note on it quotes the standard credit, which ends the same way.
    await expect(page.locator('div.article-credit .credit').getByText('contributed reporting.').isVisible()).resolves.toBe(true);
    await tab.leave(page);
  });

  it('leaves the page working when the hash is garbled or hostile', async () => {
    const page = await tab.open();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const hash of ['#no-such-section', '#%E0%A4%A', '#"><img src=x onerror=alert(1)>', '#' + 'x'.repeat(3000)]) {
      await page.goto(`${site.origin}/${hash}`);
      await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    }
    expect(errors).toEqual([]);
  });
});
