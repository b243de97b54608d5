import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';
import { type PageTrouble, recordTrouble } from '../support/page-trouble';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));

/** Anything that belongs to search: its code chunk, Pagefind's files, the names file and the places files. */
const isSearchRequest = (url: string) => /\/pagefind\/|\/_astro\/search-dialog|\/search\/(names\.json|places\/)/.test(url);

interface Visit extends PageTrouble {
  page: Page;
  requests: string[];
}

const tab = useTab(() => ({ browser, site }));
/**
 * Opens `path` in the file's shared tab: with JavaScript turned off, or with `coldCache`, for a test that counts what
 * the page requests (a tab that has searched holds search's files).
 */
async function visit(path: string, options: { width?: number; javaScript?: boolean; coldCache?: boolean } = {}): Promise<Visit> {
  const requests: string[] = [];
  const trouble: PageTrouble = { errors: [], alerts: [] };
  const page = await tab.visit(path, {
    width: options.width ?? 1280,
    ...options,
    beforeNavigate: (page) => {
      page.on('request', (request) => requests.push(request.url()));
      recordTrouble(page, trouble);
    },
  });
  return { page, requests, ...trouble };
}

const dialogOpen = (page: Page) => page.evaluate(() => document.querySelector<HTMLDialogElement>('#search-dialog')!.open);
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.id || active?.textContent?.trim().slice(0, 40) || active?.tagName || '';
  });
const statusText = (page: Page) => page.getByRole('status').first().textContent();
const hitAnchors = (page: Page) =>
  page.locator('.search-hit').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash));

describe('search in Chromium', () => {
  it('loads nothing of search before the reader shows intent, then starts loading at once', async () => {
    const { page, requests } = await visit('/sco-2025/', { coldCache: true });
    await page.waitForLoadState('networkidle');
    // Scrolling and an ordinary key are not intent. Wait until the page has handled both, then for the
    // network to settle: any request they started would be on the list by then.
    await page.mouse.wheel(0, 1500);
    await page.waitForFunction(() => window.scrollY > 0);
    // Wrapped in an object so that the listener is in place before the key is pressed.
    const keyHandled = await page.evaluateHandle(() => ({
      done: new Promise<void>((resolve) =>
        document.addEventListener('keyup', () => requestAnimationFrame(() => resolve()), { once: true }),
      ),
    }));
    await page.keyboard.press('j');
    await keyHandled.evaluate((handle) => handle.done);
    await page.waitForLoadState('networkidle');
    expect(requests.filter(isSearchRequest)).toEqual([]);

    await page.getByRole('button', { name: 'Search' }).hover();
    await expect.poll(() => requests.filter((url) => url.endsWith('/pagefind/pagefind.js')).length).toBe(1);
    await expect.poll(() => requests.some((url) => /\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(url))).toBe(true);
    await expect.poll(() => requests.some((url) => url.endsWith('/search/names.json'))).toBe(true);
    await expect.poll(() => requests.some((url) => url.endsWith('/search/places/sco-2025.json'))).toBe(true);
    expect(await dialogOpen(page)).toBe(false);
    await tab.leave(page);
  });

  it('opens with the button and with Ctrl+K or ⌘+K, focused on a search field named "Search"', async () => {
    for (const open of [
      (page: Page) => page.getByRole('button', { name: 'Search' }).click(),
      (page: Page) => page.keyboard.press('Control+k'),
      (page: Page) => page.keyboard.press('Meta+k'),
    ]) {
      const { page, errors } = await visit('/sco-2025/');
      await open(page);
      expect(await dialogOpen(page)).toBe(true);
      await expect.poll(() => focused(page)).toBe('search-input');
      await expect(page.getByRole('searchbox', { name: 'Search', exact: true }).isVisible()).resolves.toBe(true);
      expect(errors).toEqual([]);
      await tab.leave(page);
    }
  });

  it('opens nothing with "/" or any other single character, which a speech-input user can say by accident (WCAG 2.1.4)', async () => {
    const { page, requests } = await visit('/sco-2025/', { coldCache: true });
    await page.waitForLoadState('networkidle');
    // Wrapped in an object so that the listener is in place before the keys are pressed.
    const keysHandled = await page.evaluateHandle(() => ({
      done: new Promise<void>((resolve) => {
        let seen = 0;
        document.addEventListener('keyup', () => (seen += 1) === 2 && requestAnimationFrame(() => resolve()));
      }),
    }));
    await page.keyboard.press('/');
    await page.keyboard.press('k');
    await keysHandled.evaluate((handle) => handle.done);
    expect(await dialogOpen(page)).toBe(false);
    expect(requests.filter(isSearchRequest)).toEqual([]);
    await tab.leave(page);
  });

  it('leaves "/" alone while the reader types in a field', async () => {
    const { page, requests } = await visit('/search/', { coldCache: true });
    await page.getByLabel('A name or a word').fill('a');
    await page.getByLabel('A name or a word').press('/');
    await expect.poll(() => page.getByLabel('A name or a word').inputValue()).toBe('a/');
    expect(await dialogOpen(page)).toBe(false);
    // Focusing a search field is intent: search starts loading.
    await expect.poll(() => requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await tab.leave(page);
  });

  it('shows the entry card, grouped results with highlighted names, and announces the count as the reader types', async () => {
    const { page } = await visit('/sco-2025/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('modi');
    const card = page.getByRole('group', { name: 'Glossary: Narendra Modi' });
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain('Prime Minister of India');
    expect(await card.getByRole('link').getAttribute('href')).toBe('/glossary/narendra-modi/');
    await expect.poll(() => statusText(page)).toMatch(/^\d+ passages mention Narendra Modi: \d+ in the \w+.*\.$/);
    expect(await page.getByRole('heading', { name: 'In the article' }).isVisible()).toBe(true);
    const marks = await page.locator('.search-hit mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    // Every highlight is a form of the name: the article and the timeline say "Modi" (his entry, which says "Narendra
    // Modi", is the card, not a result).
    expect(new Set(marks)).toEqual(new Set(['Modi']));
    expect(await hitAnchors(page)).toEqual(expect.arrayContaining(['#ukraine-war', '#shoulder-to-shoulder']));
    expect(await hitAnchors(page)).not.toContain('#opening');
    await tab.leave(page);
  });

  it('shows nothing in the dialog that its styles have not reached, however late they come', async () => {
    // A cold cache, and the results' stylesheet held back until the dialog's code, the names (which the name's card
    // needs) and Pagefind's metadata have arrived: the card shows before Pagefind runs, so a dialog that did not wait
    // for its styles would have shown it by then. Whether the styles applied when the first card or result appeared is
    // read as it happened, by a script that each document of the visit runs first.
    const page = await tab.open({
      coldCache: true,
      initScript: () => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('#search-dialog :is(.search-card, .search-hit)')) return;
          observer.disconnect();
          const styled = [...document.styleSheets].some((sheet) => sheet.href?.includes('/_astro/results.'));
          Object.assign(window, { styledAtFirstResult: styled });
        }).observe(document, { subtree: true, childList: true });
      },
    });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/results\.[\w-]+\.css$/, async (route) => {
      await held;
      await route.continue();
    });
    const finished: string[] = [];
    page.on('requestfinished', (request) => finished.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}/sco-2025/`);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('modi');
    await expect
      .poll(() =>
        [/^\/search\/names\.json$/, /^\/_astro\/search-dialog\./, /\.pf_meta$/].every((file) => finished.some((path) => file.test(path))),
      )
      .toBe(true);
    release();
    await expect.poll(() => page.getByRole('group', { name: 'Glossary: Narendra Modi' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { styledAtFirstResult?: boolean }).styledAtFirstResult)).toBe(true);
    await tab.leave(page);
  });

  it('moves through results with the arrow keys and closes with Esc, returning focus to the button', async () => {
    const { page } = await visit('/sco-2025/');
    const button = page.getByRole('button', { name: 'Search' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('search-input');
    // A word the article uses once, so that the arrow keys have exactly one result to move through.
    await page.keyboard.type('onslaught');
    await expect.poll(() => hitAnchors(page)).toEqual(['#since-alaska']);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page)).toMatch(/^First meeting since Alaska/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page)).toMatch(/^First meeting since Alaska/);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focused(page)).toBe('search-input');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogOpen(page)).toBe(false);
    // The dialog's close event, which gives focus back and takes the query out of the address, comes in a task of its
    // own after `open` turns false: both are polled (a read right after failed once in five runs under load).
    await expect.poll(() => button.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await tab.leave(page);
  });

  it('lands on the chosen section with the searched words highlighted, and clears the highlight', async () => {
    const { page, errors } = await visit('/sco-2025/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Putin');
    await expect.poll(() => hitAnchors(page)).toContain('#since-alaska');
    await page.locator('.search-hit[href="/sco-2025/#since-alaska"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogOpen(page)).toBe(false);
    expect(new URL(page.url()).hash).toBe('#since-alaska');
    expect(await page.locator('section[data-search-landed]').getAttribute('aria-labelledby')).toBe('since-alaska');
    const highlighted = await page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((range) => range.toString()));
    expect(highlighted.length).toBeGreaterThanOrEqual(3);
    expect(new Set(highlighted)).toEqual(new Set(['Putin']));
    await expect.poll(() => page.evaluate(() => document.getElementById('since-alaska')!.getBoundingClientRect().top)).toBeLessThan(200);
    expect(await focused(page)).toBe('since-alaska');

    await page.getByRole('button', { name: 'Clear highlight' }).click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('search-hit'))).toBe(false);
    expect(await page.locator('[data-search-landed]').count()).toBe(0);
    expect(errors).toEqual([]);
    await tab.leave(page);
  });

  it('opens the first result with Enter in the search field, and highlights every form of a name', async () => {
    const { page } = await visit('/sco-2025/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Jinping');
    // The full results, not the early answer from the names file, which lists only the article's places.
    await expect.poll(() => page.locator('[data-search-results]').getAttribute('data-query')).toBe('Jinping');
    await expect.poll(() => hitAnchors(page)).toContain('#opening');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogOpen(page)).toBe(false);
    const highlighted = await page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((range) => range.toString()));
    // On the story page the first result is the article's, which names him "Xi" alone (the card above answers who).
    expect(new Set(highlighted)).toEqual(new Set(['Xi']));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('search-hit'))).toBe(false);
    await tab.leave(page);
  });

  it('opens the first result with the button beside the field, for touch screens', async () => {
    const { page } = await visit('/sco-2025/?q=onslaught', { width: 360 });
    await expect.poll(() => hitAnchors(page)).toEqual(['#since-alaska']);
    await page.getByRole('button', { name: 'Open the first result' }).click();
    await expect.poll(() => dialogOpen(page)).toBe(false);
    expect(new URL(page.url()).hash).toBe('#since-alaska');
    expect(new URL(page.url()).search).toBe('');
    await tab.leave(page);
  });

  it('opens search with the query from ?q=, and keeps the query in the address while typing', async () => {
    const { page, errors } = await visit('/sco-2025/?q=Modi');
    expect(await dialogOpen(page)).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Search', exact: true }).inputValue()).toBe('Modi');
    await expect.poll(() => statusText(page)).toMatch(/passages mention Narendra Modi/);
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Mod');
    expect(errors).toEqual([]);
    await tab.leave(page);
  });

  it('lands from a result chosen on another page, with the highlight', async () => {
    const { page } = await visit('/search/?q=dual-use');
    // The glossary entry holds "Dual-use" in its heading; the event, then the sections, hold it once each in their text.
    await expect.poll(() => hitAnchors(page)).toEqual(['#term-dual-use-goods', '#event-bessent-warns-china', '#not-alone', '#ukraine-war']);
    await Promise.all([page.waitForURL(/\/#ukraine-war$/), page.locator('.search-hit[href="/sco-2025/#ukraine-war"]').click()]);
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((range) => range.toString())))
      .toEqual(['dual use']);
    await tab.leave(page);
  });

  it('shows hostile queries as text only, never running them or breaking the page', async () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '"',
      `"><script>alert(2)</script>`,
      'x'.repeat(2000),
      '🦊 🇨🇳 👍🏽',
      'مودي بوتين',
      '\u202Eiliq',
    ];
    for (const query of hostile) {
      const { page, errors, alerts } = await visit(`/sco-2025/?q=${encodeURIComponent(query)}`);
      const field = page.getByRole('searchbox', { name: 'Search', exact: true });
      expect(await field.inputValue()).toBe(query);
      await expect.poll(() => statusText(page)).toMatch(/^(No passage matches|1 passage matches|\d+ passages match)/);
      await field.fill(`${query} ${query}`);
      await expect.poll(() => statusText(page)).not.toBe('');
      expect(await page.locator('#search-dialog img, #search-dialog script').count()).toBe(0);
      expect(errors).toEqual([]);
      expect(alerts).toEqual([]);
      await tab.leave(page);
    }
  });

  it('survives a garbled landing, a missing anchor and a hostile hash', async () => {
    const { page, errors } = await visit('/sco-2025/');
    const entries = [
      '{not json',
      '{"path":"/","anchor":"no-such-section","plan":{"kind":"names","forms":["Modi"]}}',
      '{"path":"/","anchor":7}',
    ];
    for (const [index, entry] of entries.entries()) {
      await page.evaluate((value) => sessionStorage.setItem('search-landing', value), entry);
      await page.goto(`${site.origin}/sco-2025/?visit=${index}#%E0%A4%A`);
      await expect.poll(() => page.evaluate(() => sessionStorage.getItem('search-landing'))).toBeNull();
      expect(await page.locator('h1').isVisible()).toBe(true);
      expect(await page.locator('[data-search-landed]').count()).toBe(0);
    }
    expect(errors).toEqual([]);
    await tab.leave(page);
  });

  it('sends readers without JavaScript to a page that lists every name', async () => {
    const { page } = await visit('/sco-2025/', { javaScript: false });
    // Without the script there is no dialog to open: a plain link, to the page itself, with no empty query after it.
    await Promise.all([page.waitForURL(/\/search\//), page.getByRole('link', { name: 'Search', exact: true }).click()]);
    expect(page.url()).toBe(`${site.origin}/search/`);
    await expect.poll(() => page.getByRole('heading', { name: 'Every name in the explainer' }).isVisible()).toBe(true);
    expect(await page.locator('a[href="/glossary/narendra-modi/"]').count()).toBe(1);
    expect(await page.locator('.search-page-no-script').isVisible()).toBe(true);
    await tab.leave(page);
  });

  it('fits a phone screen, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await tab.visit('/sco-2025/?q=Putin', { width: 360, height: 740, colorScheme });
      await expect.poll(() => page.locator('.search-hit').count()).toBeGreaterThan(3);
      const box = await page.locator('#search-dialog').boundingBox();
      expect(box).toMatchObject({ x: 0, width: 360 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    }
  });
  /** The first highlighted match and the room between the sticky header and the highlight bar, in the viewport. */
  const firstMatchBox = (page: Page) =>
    page.evaluate(() => {
      const [range] = [...(CSS.highlights.get('search-hit') ?? [])] as Range[];
      const box = range?.getBoundingClientRect();
      return {
        text: range?.toString() ?? '',
        top: box?.top ?? -1,
        bottom: box?.bottom ?? -1,
        headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
        barTop: document.querySelector('.search-landing-bar')?.getBoundingClientRect().top ?? innerHeight,
      };
    });

  for (const width of [390, 1280]) {
    it(`lands on the first match, not only its section's heading, clear of the header and the bar, at ${width} px`, async () => {
      // "Xenixnews" is in the credit line, screens below the heading of the section whose passage holds it.
      const { page, errors } = await visit('/sco-2025/?q=Xenixnews', { width });
      await expect.poll(() => hitAnchors(page)).toEqual(['#diplomatic-push']);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await firstMatchBox(page)).text).toBe('Xenixnews');
      await expect
        .poll(async () => {
          const box = await firstMatchBox(page);
          return box.top >= box.headerBottom && box.bottom <= box.barTop;
        })
        .toBe(true);
      expect(errors).toEqual([]);
      await tab.leave(page);
    });
  }

  it('finds a quoted phrase, stop words included, and highlights it whole', async () => {
    const { page } = await visit('/sco-2025/?q=%22shoulder%20to%20shoulder%22');
    await expect.poll(() => hitAnchors(page)).toEqual(['#shoulder-to-shoulder']);
    expect(await page.locator('.search-hit mark').allTextContents()).toContain('shoulder to shoulder');
    await tab.leave(page);
  });

  it('finds the American spelling for the British one', async () => {
    const { page } = await visit('/sco-2025/?q=defence');
    await expect.poll(() => hitAnchors(page)).toContain('#ukraine-war');
    expect(new Set(await page.locator('.search-hit mark').allTextContents())).toEqual(new Set(['defense']));
    await tab.leave(page);
  });

  it('finds a person by their name in their own script', async () => {
    const { page } = await visit(`/sco-2025/?q=${encodeURIComponent('习近平')}`);
    const card = page.getByRole('group', { name: 'Glossary: Xi Jinping' });
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect.poll(() => statusText(page)).toMatch(/passages mention Xi Jinping: .+\.$/);
    await tab.leave(page);
  });

  it('suggests the nearest name when nothing matches, and searches for it when chosen', async () => {
    const { page, errors } = await visit('/sco-2025/?q=Jinpimg');
    await expect.poll(() => statusText(page)).toBe('No passage matches “Jinpimg”.');
    const suggestion = page.locator('#search-dialog').getByRole('link', { name: 'Xi Jinping' });
    await expect.poll(() => suggestion.isVisible()).toBe(true);
    await suggestion.click();
    await expect.poll(() => page.getByRole('searchbox', { name: 'Search', exact: true }).inputValue()).toBe('Xi Jinping');
    await expect.poll(() => page.getByRole('group', { name: 'Glossary: Xi Jinping' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await tab.leave(page);
  });
});

describe('search on the story page: the article first', () => {
  /** The highlighted matches after landing, with the paragraph that holds the first and whether it is on screen. */
  const landing = (page: Page) =>
    page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('search-hit') ?? [])] as Range[];
      const [first] = ranges;
      const box = first?.getBoundingClientRect();
      const headerBottom = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
      const barTop = document.querySelector('.search-landing-bar')?.getBoundingClientRect().top ?? innerHeight;
      return {
        marks: ranges.map((range) => range.toString()),
        paragraph: first?.startContainer.parentElement?.closest('p')?.textContent ?? '',
        onScreen: box !== undefined && box.top >= headerBottom && box.bottom <= barTop,
      };
    });

  it('lands a phrase from the article on the article’s sentence, not on the timeline event that repeats it', async () => {
    const { page, errors } = await visit('/sco-2025/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('hand in hand');
    await expect.poll(() => page.locator('[data-search-results]').getAttribute('data-query')).toBe('hand in hand');
    // The event "Modi and Putin walk hand in hand to greet Xi" holds the words too, in its heading; it comes after.
    const anchors = await hitAnchors(page);
    expect(anchors[0]).toBe('#shoulder-to-shoulder');
    expect(anchors).toContain('#event-modi-putin-walk');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogOpen(page)).toBe(false);
    expect(new URL(page.url()).hash).toBe('#shoulder-to-shoulder');
    await expect.poll(async () => (await landing(page)).onScreen).toBe(true);
    const landed = await landing(page);
    expect(landed.paragraph).toContain('embracing Putin before the two walked over hand in hand to greet Xi');
    expect(new Set(landed.marks)).toEqual(new Set(['hand']));
    expect(errors).toEqual([]);
    await tab.leave(page);
  });

  it('answers a person’s name with the card, then the article’s passages that name him, then the timeline, never his entry twice', async () => {
    const { page } = await visit('/sco-2025/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Modi');
    await expect.poll(() => page.locator('[data-search-results]').getAttribute('data-query')).toBe('Modi');
    const card = page.getByRole('group', { name: 'Glossary: Narendra Modi' });
    expect(await card.isVisible()).toBe(true);
    // The card is not a result: the first link after it is the first result, and it is the article's.
    const firstHit = page.locator('.search-hit').first();
    expect(
      await card.evaluate(
        (node, hit) => Boolean(node.compareDocumentPosition(hit!) & Node.DOCUMENT_POSITION_FOLLOWING),
        await firstHit.elementHandle(),
      ),
    ).toBe(true);
    const anchors = await hitAnchors(page);
    // "Modi highlighted his ties", "ties with Modi", and the source's headline ("…red carpet for Putin and Modi"),
    // which ends "Not alone"'s passage.
    expect(anchors.slice(0, 3).toSorted()).toEqual(['#not-alone', '#shoulder-to-shoulder', '#ukraine-war']);
    // His entry is the card above: it is not listed again among the results.
    expect(anchors).not.toContain('#term-narendra-modi');
    expect(anchors.slice(3).every((anchor) => /^#(event|term)-/.test(anchor))).toBe(true);
    expect(await page.locator('[data-search-results] .search-group-label').first().textContent()).toBe('In the article');
    await tab.leave(page);
  });
});
