import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { axeViolations } from '../support/axe';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));
const tab = useTab(() => ({ browser, site }));
const touchTab = useTab(() => ({ browser, site }), 'touch');

/** Longer than the card's close delay (300 ms): to show that the card stays open, the test must outwait it. */
const CLOSE_DELAY_AND_MARGIN_MS = 700;

const PENG = 'section[data-section="close-rapport"] a.glossary-term[data-glossary-id="peng-liyuan"]';

/** Each entry's name as content/glossary.yaml writes it, by id. */
const TERMS = new Map(
  (parse(readFileSync(new URL('../../content/glossary.yaml', import.meta.url), 'utf8')) as { id: string; term: string }[]).map(
    ({ id, term }) => [id, term],
  ),
);
/** The name of the entry the focused term link names. */
const focusedTerm = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement).dataset['glossaryId']).then((id) => TERMS.get(id ?? ''));

const cardIsOpen = (page: Page) => page.evaluate(() => document.getElementById('glossary-card')!.matches(':popover-open'));
const cardText = (page: Page) => page.evaluate(() => document.getElementById('glossary-card')!.textContent!.replace(/\s+/g, ' ').trim());

/** Presses Tab until the given element has focus, as a keyboard user would reach it. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('the definition card in Chromium', () => {
  it('opens when the pointer rests on a term, with the term, its kind, its definition and a link to the entry', async () => {
    const page = await tab.visit('/sco-2025/');
    await page.locator(PENG).scrollIntoViewIfNeeded();
    await page.hover(PENG);
    await expect.poll(() => cardIsOpen(page)).toBe(true);
    const text = await cardText(page);
    expect(text).toContain('Person');
    expect(text).toContain('Peng Liyuan');
    expect(text).toContain('Xi Jinping’s wife, China’s first lady');
    expect(await page.locator('#glossary-card a').getAttribute('href')).toBe('/glossary/peng-liyuan/');

    // The card sits next to the term, and the reader has not moved.
    const [term, card] = await Promise.all([page.locator(PENG).boundingBox(), page.locator('#glossary-card').boundingBox()]);
    expect(Math.abs(card!.y - (term!.y + term!.height))).toBeLessThan(40);
    expect(page.url()).toBe(`${site.origin}/sco-2025/`);

    // Moving into the card keeps it open, past the card's 300 ms close delay; moving away closes it.
    await page.hover('#glossary-card a');
    await page.waitForTimeout(CLOSE_DELAY_AND_MARGIN_MS);
    expect(await cardIsOpen(page)).toBe(true);
    await page.mouse.move(5, 790);
    await expect.poll(() => cardIsOpen(page)).toBe(false);
  });

  it('closes on Esc', async () => {
    const page = await tab.visit('/sco-2025/');
    await page.locator(PENG).scrollIntoViewIfNeeded();
    await page.hover(PENG);
    await expect.poll(() => cardIsOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardIsOpen(page)).toBe(false);
  });

  it('opens when a term is reached with the keyboard, and Esc closes it without losing focus', async () => {
    const page = await tab.visit('/sco-2025/');
    await tabTo(page, 'a.glossary-term');
    await expect.poll(() => cardIsOpen(page)).toBe(true);
    const focused = await focusedTerm(page);
    expect(focused).toBeDefined();
    expect(await cardText(page)).toContain(focused!);

    await page.keyboard.press('Escape');
    await expect.poll(() => cardIsOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('glossary-term'))).toBe(true);

    // The next term brings its own card; leaving the terms closes it.
    await tabTo(page, 'a.glossary-term');
    await expect.poll(() => cardIsOpen(page)).toBe(true);
    const next = await focusedTerm(page);
    expect(next).toBeDefined();
    expect(await cardText(page)).toContain(next!);
    for (let presses = 0; presses < 20; presses++) {
      await page.keyboard.press('Shift+Tab');
      if (!(await page.evaluate(() => document.activeElement?.classList.contains('glossary-term')))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.classList.contains('glossary-term'))).toBe(false);
    await expect.poll(() => cardIsOpen(page)).toBe(false);
  });

  it('opens on a share page too, where the section’s terms are linked', async () => {
    const page = await tab.visit('/sco-2025/s/close-rapport/');
    await tabTo(page, 'a.glossary-term[data-glossary-id="peng-liyuan"]');
    await expect.poll(() => cardIsOpen(page)).toBe(true);
    expect(await cardText(page)).toContain('Xi Jinping’s wife, China’s first lady');
    expect(await page.locator('#glossary-card a').getAttribute('href')).toBe('/glossary/peng-liyuan/');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardIsOpen(page)).toBe(false);
  });

  // On the explainer the description is the who's who entry's, far below; a share page holds the definitions of its
  // section's names itself.
  for (const path of ['/sco-2025/', '/sco-2025/s/close-rapport/']) {
    it(`gives screen readers the definition as the link’s description, on ${path}`, async () => {
      const page = await tab.visit(path);
      const cdp = await page.context().newCDPSession(page);
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: PENG });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      const link = nodes.find((node) => node.role?.value === 'link')!;
      expect(link.name?.value).toBe('Peng Liyuan');
      expect(String(link.description?.value)).toContain('Xi Jinping’s wife, China’s first lady');
      await cdp.detach();
    });
  }

  it('opens on a tap without leaving the page; a second tap follows the link', async () => {
    const page = await touchTab.visit('/sco-2025/', { width: 360, height: 740 });
    await page.locator(PENG).scrollIntoViewIfNeeded();
    await page.tap(PENG);
    await expect.poll(() => cardIsOpen(page)).toBe(true);
    expect(page.url()).toBe(`${site.origin}/sco-2025/`);
    expect(await cardText(page)).toContain('Peng Liyuan');

    // The card fits the phone's screen.
    const card = (await page.locator('#glossary-card').boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(360);

    // A tap elsewhere closes it; a tap on an open term's link goes to the entry.
    await page.tap('section[data-section="close-rapport"] h2');
    await expect.poll(() => cardIsOpen(page)).toBe(false);
    await page.tap(PENG);
    await expect.poll(() => cardIsOpen(page)).toBe(true);
    await Promise.all([page.waitForURL(`${site.origin}/glossary/peng-liyuan/`), page.tap(PENG)]);
  });

  it('leaves each term a plain link to its entry without JavaScript', async () => {
    const page = await tab.visit('/sco-2025/', { javaScript: false });
    expect(await page.locator('#glossary-card').isVisible()).toBe(false);
    await Promise.all([page.waitForURL(`${site.origin}/glossary/peng-liyuan/`), page.click(PENG)]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Peng Liyuan');
    await tab.leave(page);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe-core with a card open, in ${colorScheme}`, async () => {
      const page = await tab.visit('/sco-2025/', { colorScheme });
      await page.locator(PENG).scrollIntoViewIfNeeded();
      await page.hover(PENG);
      await expect.poll(() => cardIsOpen(page)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
