import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, COLOUR_RULES } from '../support/axe';
import { serveDist, type StaticSite, type TabOptions, useBrowserSite, useTab } from '../support/browser';
import { MULTI_STORY_PAGES, multiStoryDist } from '../support/multi-story-site';
import { resizeTo, showScheme } from '../support/targets';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));

const tab = useTab(() => ({ browser, site }));

/**
 * A window for axe, policy enforced as for readers (see axeViolations). Reduced motion, so that axe reads colours
 * settled rather than halfway through a change of scheme or target (a marked section's background fades over 0.6 s).
 * Every page a reader stays on is checked on load in every-page.test.ts; this file checks what only a reader's
 * actions show, and the pages of the multi-story fixture.
 */
const forAxe = (width = 1280): TabOptions => ({ width, height: 800, reducedMotion: 'reduce' });

/**
 * axe on the page as it is: every rule in light (or only `lightRules`, where the same page was checked in full in a
 * state that differs from this one in colour alone), then the rules that colour can change in dark, in place. Soft,
 * so that one failure still lets the other checks of the same visit report. `where` names the page and the state.
 */
async function expectAxeClean(page: Page, where: string, lightRules?: readonly string[], within?: string): Promise<void> {
  await showScheme(page, 'light');
  expect.soft(await axeViolations(page, lightRules, within), `${where}, in light`).toEqual([]);
  await showScheme(page, 'dark');
  expect.soft(await axeViolations(page, COLOUR_RULES, within), `${where}, in dark`).toEqual([]);
}

describe('axe-core finds no accessibility violations where several stories meet (the multi-story fixture)', () => {
  let fixture: StaticSite;
  beforeAll(async () => {
    fixture = await serveDist(multiStoryDist());
  });
  afterAll(() => fixture.close());
  // Another site, so a tab of its own: each visit starts with that site's storage emptied.
  const fixtureTab = useTab(() => ({ browser, site: fixture }));
  for (const path of MULTI_STORY_PAGES) {
    it(`on ${path}, in light and dark`, async () => {
      const page = await fixtureTab.visit(path, forAxe());
      await expectAxeClean(page, `${path} of the multi-story fixture`);
    });
  }
});

/** Opens the explainer, searches it as a reader would, and waits for the first result. */
async function searchOnExplainer(page: Page, query: string): Promise<void> {
  await page.goto(`${site.origin}/sco-2025/`);
  await page.keyboard.press('Control+k');
  await page.keyboard.type(query);
  await page.locator('.search-hit').first().waitFor();
}

describe('axe-core finds no accessibility violations in what opens on demand, in light and dark', () => {
  // Several full axe runs in one visit: under a load average of 30 on this 2-core machine they took past the default
  // 60 s, so these tests get room to finish (a violation still fails them at once).
  it('in the search dialog showing results, at 1280 and 360 px', { timeout: 180_000 }, async () => {
    const page = await tab.open(forAxe());
    await searchOnExplainer(page, 'Modi');
    // With a result focused, as a reader moving through them sees it.
    await page.keyboard.press('ArrowDown');
    await expectAxeClean(page, 'the search dialog at 1280 px');
    await resizeTo(page, 360);
    await expectAxeClean(page, 'the search dialog at 360 px');
  });

  it('after landing on a search result, with its words highlighted and the Clear bar showing', async () => {
    const page = await tab.open(forAxe(360));
    await searchOnExplainer(page, 'onslaught');
    await page.keyboard.press('Enter');
    await page.locator('.search-landing-bar').waitFor();
    expect(await page.locator('[data-search-landed]').count()).toBe(1);
    await expectAxeClean(page, 'the landing bar at 360 px');
  });

  it('with the quote-link bar showing for selected words', async () => {
    const page = await tab.visit('/sco-2025/', forAxe());
    await page.evaluate(() => getSelection()!.selectAllChildren(document.querySelector('[data-section="close-rapport"] .prose p')!));
    await page.locator('[data-quote-bar]').waitFor();
    await expectAxeClean(page, 'the quote bar');
  });

  // Each kind of anchor marks its target with its own background, which every colour on it must still meet. A mark
  // changes colours alone (a background and its shadow), so every rule runs once, with the first target marked, and
  // the colour rules alone with each of the others, in light and dark.
  it('with the targets of links marked: a section, an event, time words, a note, an entry', { timeout: 180_000 }, async () => {
    const page = await tab.visit('/sco-2025/', forAxe());
    const anchors = await page.evaluate(() =>
      ['.section > h2[id]', '.event > h4[id]', 'a.time-ref[id]', 'li.fact-note[id]', '.note-ref a[id]', '.entries > h4[id]'].map(
        (selector) => document.querySelector(selector)?.id ?? `none for ${selector}`,
      ),
    );
    for (const [index, id] of anchors.entries()) {
      // The same document: only the target changes.
      await page.goto(`${site.origin}/sco-2025/#${id}`);
      await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id), { message: `#${id} is the target` }).toBe(id);
      if (index === 0) {
        await expectAxeClean(page, `with #${id} marked`);
        continue;
      }
      // A mark colours the target and the block around it (a section, an event, a note, a paragraph, the entries),
      // nothing else: there, and only there, the colour rules may find something that the first check did not.
      const marked = await page.evaluate((target) => {
        const block = document.getElementById(target)!.closest('section[data-section], li, .entries, p')!;
        block.setAttribute('data-axe-marked', '');
        return block.tagName.toLowerCase();
      }, id);
      await expectAxeClean(page, `with #${id} marked (its ${marked})`, COLOUR_RULES, '[data-axe-marked]');
      await page.evaluate(() => document.querySelector('[data-axe-marked]')!.removeAttribute('data-axe-marked'));
    }
  });

  // The card on the explainer page is checked in tests/browser/glossary-card.test.ts.
  it('in a definition card on a share page', async () => {
    const page = await tab.visit('/sco-2025/s/close-rapport/', forAxe());
    await page.locator('a.glossary-term[data-glossary-id="peng-liyuan"]').hover();
    await expect.poll(() => page.evaluate(() => document.getElementById('glossary-card')!.matches(':popover-open'))).toBe(true);
    await expectAxeClean(page, 'a definition card on a share page');
  });
});

describe('the checks report what they guard, so a clean result means something', () => {
  it('axe reports a violation when there is one', async () => {
    const page = await tab.open();
    await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="x.png"></main></html>');
    expect((await axeViolations(page)).map((violation) => violation.rule)).toContain('image-alt');
  });

  // The per-page checks run axe with the site's policy enforced: it must still see, and nothing of it be refused.
  it('axe, run on a real page under its own Content-Security-Policy, reports text too faint to read there', async () => {
    const page = await tab.visit('/glossary/', forAxe());
    await page.evaluate(() => {
      const faint = document.createElement('p');
      faint.id = 'faint';
      faint.textContent = 'Too faint to read';
      faint.style.color = '#ccc';
      document.querySelector('main')!.append(faint);
    });
    const violations = await axeViolations(page, COLOUR_RULES);
    expect(violations).toEqual([expect.objectContaining({ rule: 'color-contrast', targets: ['#faint'] })]);
  });

  it('the colour rules alone report text too faint to read and a link told apart by nothing', async () => {
    const page = await tab.open();
    await page.setContent(
      '<!doctype html><html lang="en"><title>t</title><main><p style="color:#bbb">faint</p><p style="color:#000">A sentence with a <a href="#a" style="color:#222;text-decoration:none">link</a> inside its words.</p></main></html>',
    );
    expect((await axeViolations(page, COLOUR_RULES)).map((violation) => violation.rule).toSorted()).toEqual([
      'color-contrast',
      'link-in-text-block',
    ]);
  });
});
