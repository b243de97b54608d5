import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../fixtures/chromium';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';
import { clipboardVisit, forgetCopies, lastCopied } from '../support/clipboard';
import { focusMatches, focusStop, type FocusStop, rememberUnfocusedLooks } from '../support/focus';
import { headingLanding } from '../support/landing';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));

const tab = useTab(() => ({ browser, site }));

/** A keyboard reader's window: `path` in the file's tab, its unfocused looks recorded. */
async function open(path: string): Promise<Page> {
  const page = await tab.visit(path);
  await rememberUnfocusedLooks(page);
  return page;
}

/** Checks that the reader can see where focus is: an indicator, in the window, under nothing. */
async function expectFocusShown(page: Page): Promise<FocusStop> {
  const stop = await focusStop(page);
  expect(stop, `focus on ${stop.element}`).toMatchObject({ indicator: true, inView: true, uncovered: true });
  return stop;
}

/** Presses Tab until focus matches `selector`, checking at every stop that focus can be seen. */
async function tabTo(page: Page, selector: string, { key = 'Tab', limit = 400 } = {}): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(key);
    stops.push(await expectFocusShown(page));
    if (await focusMatches(page, selector)) return stops;
  }
  throw new Error(`${key} never reached ${selector}`);
}

const cardOpen = (page: Page) => page.evaluate(() => document.getElementById('glossary-card')!.matches(':popover-open'));
const dialogOpen = (page: Page) => page.evaluate(() => document.querySelector<HTMLDialogElement>('#search-dialog')!.open);

describe('a keyboard-only walk of the explainer in Chromium', () => {
  it('meets the skip link first, and the skip link moves focus to the article', async () => {
    const page = await open('/sco-2025/');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusMatches(page, 'a.skip-link')).toBe(true);
    await expectFocusShown(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusMatches(page, 'main#main')).toBe(true);
    // The next Tab goes on inside the article, not back to the header.
    await page.keyboard.press('Tab');
    await expect.poll(() => focusMatches(page, 'main *')).toBe(true);
  });

  it('follows a contents link with Enter, and Tab goes on from that section', async () => {
    const page = await open('/sco-2025/');
    await tabTo(page, '.toc a[href="#since-alaska"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#since-alaska');
    expect(await headingLanding(page, 'since-alaska')).toEqual({ inView: true, clearOfHeader: true, uncovered: true, marked: true });
    await page.keyboard.press('Tab');
    await expect.poll(() => focusMatches(page, '[data-section="since-alaska"] *')).toBe(true);
    await expectFocusShown(page);
  });

  it('opens search with Ctrl+K (never "/", see search.test.ts), lands on a result with ArrowDown and Enter, and Esc gives focus back', async () => {
    const page = await open('/sco-2025/');
    await tabTo(page, '.toc a[href="#close-rapport"]');

    // Esc closes the dialog and returns focus to where the reader was.
    await page.keyboard.press('Control+k');
    await expect.poll(() => dialogOpen(page)).toBe(true);
    expect(await focusMatches(page, '#search-input')).toBe(true);
    await expectFocusShown(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogOpen(page)).toBe(false);
    expect(await focusMatches(page, '.toc a[href="#close-rapport"]')).toBe(true);
    await expectFocusShown(page);

    await page.keyboard.press('Control+k');
    await expect.poll(() => dialogOpen(page)).toBe(true);
    await page.keyboard.type('Peng');
    await page.locator('.search-hit').first().waitFor();
    // A name brings its entry's card first, then the passages.
    await tabTo(page, '.search-hit', { key: 'ArrowDown', limit: 3 });
    const target = new URL(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).hash;
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogOpen(page)).toBe(false);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(target);
  });

  it('shows a term’s card when Tab reaches the term, and Esc hides it with focus kept on the term', async () => {
    const page = await open('/sco-2025/#close-rapport');
    await tabTo(page, 'a.glossary-term[data-glossary-id="peng-liyuan"]');
    await expect.poll(() => cardOpen(page)).toBe(true);
    expect(await page.locator('#glossary-card').textContent()).toContain('Peng Liyuan');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page)).toBe(false);
    expect(await focusMatches(page, 'a.glossary-term[data-glossary-id="peng-liyuan"]')).toBe(true);
    await expectFocusShown(page);
  });

  it('copies a section’s link with the Copy link button, pressed with Enter or Space', async () => {
    const page = await clipboardVisit(tab, '/sco-2025/#ukraine-war');
    await rememberUnfocusedLooks(page);
    await tabTo(page, '[data-section="ukraine-war"] [data-copy-link]');
    const status = page.locator('[data-section="ukraine-war"] [data-section-tools] [role="status"]');
    for (const key of ['Enter', 'Space']) {
      // Start each press from an empty clipboard and an empty status, so that only this press can fill them.
      await forgetCopies(page);
      await status.evaluate((region) => (region.textContent = ''));
      await page.keyboard.press(key);
      await expect.poll(() => status.textContent()).toBe('Link copied');
      await expect.poll(() => lastCopied(page)).toBe(`${site.origin}/sco-2025/s/ukraine-war/`);
    }
  });

  it('reaches every link of the timeline, in order, from its contents entry', async () => {
    const page = await open('/sco-2025/');
    await tabTo(page, '.toc a[href="#timeline"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#timeline');
    const links = await page
      .locator('section.timeline a[href]')
      .evaluateAll((all) => all.map((link, index) => ((link as HTMLElement).dataset['order'] = String(index))));
    const reached: string[] = [];
    while (reached.length < links.length) {
      await page.keyboard.press('Tab');
      await expectFocusShown(page);
      const order = await page.evaluate(() => (document.activeElement as HTMLElement).dataset['order']);
      if (order === undefined) break;
      reached.push(order);
    }
    expect(reached).toEqual(links);
  });
});

it('notices a Tab stop without a visible focus indicator, so a clean walk means something', async () => {
  const page = await tab.open();
  await page.setContent('<style>a:focus { outline: none }</style><p><a href="#a">one</a> <a href="#b" class="ring">two</a></p>');
  await page.addStyleTag({ content: '.ring:focus-visible { outline: 2px solid blue }' });
  await page.keyboard.press('Tab');
  expect((await focusStop(page)).indicator).toBe(false);
  await page.keyboard.press('Tab');
  expect((await focusStop(page)).indicator).toBe(true);
});

describe('the quote link from the keyboard in Chromium', () => {
  // Caret browsing (F7) is how a keyboard reader selects words on a page.
  let caretBrowser: Browser;
  beforeAll(async () => {
    caretBrowser = await launchChromium(['--enable-caret-browsing']);
  });
  afterAll(async () => {
    await caretBrowser?.close();
  });

  /** Puts the caret at the start of the section's first paragraph, then selects `words` words with Ctrl+Shift+→. */
  async function selectWords(page: Page, sectionId: string, words: number): Promise<string> {
    const paragraph = page.locator(`[data-section="${sectionId}"] .prose p`).first();
    await paragraph.scrollIntoViewIfNeeded();
    const box = (await paragraph.boundingBox())!;
    await page.mouse.click(box.x + 1, box.y + 8);
    for (let word = 0; word < words; word++) await page.keyboard.press('Control+Shift+ArrowRight');
    return page.evaluate(() => getSelection()!.toString().trim());
  }

  const caretTab = useTab(() => ({ browser: caretBrowser, site }));

  it('goes to “Copy link to this quote” with the first Tab after words are selected, and copies with Enter', async () => {
    const page = await clipboardVisit(caretTab, '/sco-2025/');
    expect(await selectWords(page, 'ukraine-war', 4)).toBe('Chinese firms have bought');
    await expect.poll(() => page.locator('[data-quote-bar]').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => focusMatches(page, '[data-copy-quote]')).toBe(true);
    await expectFocusShown(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-quote-bar] [role="status"]').textContent()).toBe('Quote link copied');
    await expect(lastCopied(page)).resolves.toBe(
      `${site.origin}/sco-2025/#ukraine-war:~:text=${encodeURIComponent('Chinese firms have bought')}`,
    );
  });

  it('goes on from the bar to the link after the quote with Tab, or before it with Shift+Tab, and closes the bar', async () => {
    for (const [key, expected] of [
      ['Tab', '[data-section="ukraine-war"] .prose a.glossary-term[data-glossary-id="dual-use-goods"]'],
      ['Shift+Tab', '[data-section="ukraine-war"] [data-copy-link]'],
    ] as const) {
      const page = await caretTab.visit('/sco-2025/');
      await selectWords(page, 'ukraine-war', 4);
      await expect.poll(() => page.locator('[data-quote-bar]').isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press(key);
      await expect.poll(() => focusMatches(page, expected), { message: `${key} from the bar` }).toBe(true);
      await expectFocusShown(page);
      // The bar closes on the selection change that follows focus, a moment after the key press.
      await expect.poll(() => page.locator('[data-quote-bar]').isVisible()).toBe(false);
      // The reader moved on: the next Tab is an ordinary one, not pulled back to the bar.
      await page.keyboard.press('Tab');
      await expect.poll(() => focusMatches(page, '[data-quote-bar] *')).toBe(false);
    }
  });

  it('closes the bar on Esc and puts focus back beside the quote', async () => {
    const page = await caretTab.visit('/sco-2025/');
    await selectWords(page, 'ukraine-war', 2);
    await expect.poll(() => page.locator('[data-quote-bar]').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-quote-bar]').isVisible()).toBe(false);
    expect(await focusMatches(page, '[data-section="ukraine-war"] .prose a')).toBe(true);
    await expectFocusShown(page);
  });
});
