import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';
import { type PageTrouble, recordTrouble } from '../support/page-trouble';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));

interface Visit extends PageTrouble {
  page: Page;
  status: number | undefined;
}

const tab = useTab(() => ({ browser, site }));
const touchTab = useTab(() => ({ browser, site }), 'touch');

interface VisitOptions {
  width?: number;
  height?: number;
  javaScript?: boolean;
  touch?: boolean;
}

/** Opens `path` in the file's shared tab (JavaScript on or off), or in its tab with a touch screen (a phone's). */
async function visit(path: string, options: VisitOptions = {}): Promise<Visit> {
  const { width = 1280, height = 800, javaScript = true, touch = false } = options;
  const trouble: PageTrouble = { errors: [], alerts: [] };
  let status: number | undefined;
  const page = await (touch ? touchTab : tab).visit(path, {
    width,
    height,
    javaScript,
    beforeNavigate: (page) => {
      recordTrouble(page, trouble);
      // The status of the address asked for: the first document's response.
      page.on('response', (response) => {
        if (status === undefined && response.request().isNavigationRequest() && response.frame() === page.mainFrame())
          status = response.status();
      });
    },
  });
  return { page, status, ...trouble };
}

/** Visible text only: innerText leaves out what CSS hides. */
const shown = (page: Page, selector: string) => page.locator(selector).evaluate((element) => (element as HTMLElement).innerText.trim());
/** What a button shows, leaving out the name that only screen readers get. */
const label = (page: Page, selector: string) =>
  page.locator(selector).evaluate((button) =>
    [...button.children]
      .filter((child) => child.checkVisibility() && !child.matches('.visually-hidden'))
      .map((child) => child.textContent)
      .join(''),
  );

describe('the search dialog on a touch screen and at a desk', () => {
  it('shows no keyboard help and a “Close” button on a touch screen', async () => {
    const { page } = await visit('/sco-2025/', { width: 390, touch: true });
    await page.getByRole('button', { name: 'Search' }).tap();
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLDialogElement>('#search-dialog')!.open)).toBe(true);
    const help = await shown(page, '#search-keys');
    expect(help).toBe('Names match as whole words, in all their forms.');
    expect(await label(page, '.search-close')).toBe('Close');
    expect(await page.getByRole('button', { name: 'Close search' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Close search' }).tap();
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLDialogElement>('#search-dialog')!.open)).toBe(false);
    await tab.leave(page);
  });

  it('keeps the keyboard help and “Esc” on the close button with a mouse and keyboard', async () => {
    const { page } = await visit('/sco-2025/');
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLDialogElement>('#search-dialog')!.open)).toBe(true);
    expect(await shown(page, '#search-keys')).toBe(
      'Ctrl/⌘+K opens search, arrow keys move through the results, Enter opens one, Esc closes. Names match as whole words, in all their forms.',
    );
    expect(await label(page, '.search-close')).toBe('Esc');
    await tab.leave(page);
  });
});

describe('the header’s search button', () => {
  const shortcutOf = async (page: Page) => {
    const button = page.locator('.site-header .search-button');
    return { key: await button.locator('kbd').isVisible(), declared: await button.getAttribute('aria-keyshortcuts') };
  };

  it('offers no shortcut without JavaScript, as nothing would answer it', async () => {
    const { page } = await visit('/sco-2025/', { javaScript: false });
    expect(await shortcutOf(page)).toEqual({ key: false, declared: null });
    await tab.leave(page);
  });

  for (const [how, act] of [
    ['a click', (page: Page) => page.getByRole('button', { name: 'Search' }).click()],
    ['Enter', (page: Page) => page.getByRole('button', { name: 'Search' }).press('Enter')],
    ['Space', (page: Page) => page.getByRole('button', { name: 'Search' }).press(' ')],
  ] as const) {
    it(`is a button that opens the dialog, not the search page, on ${how} with JavaScript`, async () => {
      const { page } = await visit('/sco-2025/');
      await act(page);
      await expect.poll(() => page.evaluate(() => document.querySelector<HTMLDialogElement>('#search-dialog')!.open)).toBe(true);
      expect(page.url()).toBe(`${site.origin}/sco-2025/`);
      await tab.leave(page);
    });
  }

  it('shows and declares the shortcuts once its script runs', async () => {
    const { page } = await visit('/sco-2025/');
    await expect.poll(() => shortcutOf(page)).toEqual({ key: true, declared: 'Control+K Meta+K' });
    expect(await page.locator('.site-header .search-button kbd').textContent()).toBe('Ctrl K');
    await tab.leave(page);
  });
});

describe('a story page’s downloads', () => {
  // Chromium warns when a preload is "not used within a few seconds". The story's places were once preloaded for the
  // first query alone, and a reader who only hovered over Search left them unused; now the dialog reads them as it
  // attaches, so a hover alone uses their preload. The states read here are the document's preload links, the
  // dialog's own fetch once answered, and the requests that went out, not a warning that a timer of Chromium's may or
  // may not have sent yet.
  it('preloads what the first search reads on intent, the story’s places among them, and the dialog’s own read of the places uses that download', async () => {
    const { page } = await visit('/sco-2025/');
    const placesRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/search/places/')) placesRequests.push(request.url());
    });
    // Each fetch of the page's scripts, noted once answered.
    await page.evaluate(() => {
      const answered: string[] = [];
      const original = window.fetch.bind(window);
      Object.assign(window, { answered });
      window.fetch = async (input, init) => {
        const response = await original(input, init);
        answered.push(input instanceof Request ? new URL(input.url).pathname : new URL(String(input), location.href).pathname);
        return response;
      };
    });
    const preloads = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((link) => new URL(link.href).pathname),
      );
    await page.locator('.site-header .search-button').hover();
    await expect.poll(preloads).toEqual(expect.arrayContaining(['/search/names.json', '/search/places/sco-2025.json']));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { answered: string[] }).answered))
      .toContain('/search/places/sco-2025.json');
    // One request: the dialog's fetch was handed the preload's response, so the preload was used, with no query typed.
    expect(placesRequests).toHaveLength(1);
    await tab.leave(page);
  });
});

describe('the search page without JavaScript', () => {
  it('says that full-text search needs JavaScript, offers no box, and lists every name with its mentions', async () => {
    const { page } = await visit('/search/?q=Modi', { javaScript: false });
    // Read by class: Playwright's text search skips what stands in <noscript>, though the browser shows it.
    const message = page.locator('.search-page-no-script');
    expect(await message.isVisible()).toBe(true);
    expect(await message.innerText()).toMatch(/^Full-text search needs JavaScript, which is off in this browser\./);
    expect(
      await page
        .locator('main input, main button')
        .evaluateAll((controls) => controls.filter((c) => (c as HTMLElement).offsetParent !== null).length),
    ).toBe(0);
    const modi = page.locator('main li', { has: page.locator('a[href="/glossary/narendra-modi/"]') });
    expect(await modi.count()).toBe(1);
    expect(await modi.innerText()).toMatch(/^Narendra Modi: Prime Minister of India\. \d+ mentions in the article\.$/);
    const tianjin = page.locator('main li', { has: page.locator('a[href="/glossary/tianjin/"]') });
    expect(await tianjin.innerText()).toMatch(/Not named in the article; included for context\.$/);
    await tab.leave(page);
  });

  it('with JavaScript, shows the box and searches for the query at once', async () => {
    const { page, errors } = await visit('/search/?q=Modi');
    await expect.poll(() => page.locator('#search-dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Search', exact: true }).inputValue()).toBe('Modi');
    await expect.poll(() => page.locator('#search-dialog .search-hit').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByLabel('A name or a word').isVisible()).toBe(true);
    expect(await page.locator('.search-page-no-script').count()).toBe(0);
    expect(errors).toEqual([]);
    await tab.leave(page);
  });
});

describe('an address the site does not have', () => {
  it('gets the 404 page, with status 404, search and the stories', async () => {
    const { page, status } = await visit('/no/such/page/');
    expect(status).toBe(404);
    expect(await page.title()).toBe('Page not found · SCO 2025 explained');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This page is not part of the site');
    expect(await page.getByLabel('A name or a word').isVisible()).toBe(true);
    const story = page.getByRole('link', { name: 'Xi hosts Putin and Modi: the 2025 SCO summit, explained' });
    expect(await story.getAttribute('href')).toBe('/sco-2025/');
    await Promise.all([page.waitForURL(`${site.origin}/sco-2025/`), story.click()]);
    await tab.leave(page);
  });

  it('searches from the 404 page', async () => {
    const { page } = await visit('/gone.html');
    await page.getByLabel('A name or a word').fill('Putin');
    await page.getByLabel('A name or a word').press('Enter');
    await expect.poll(() => page.locator('#search-dialog .search-hit').count()).toBeGreaterThan(0);
    await tab.leave(page);
  });

  it('without JavaScript, offers the list of names and the stories instead of a box', async () => {
    const { page, status } = await visit('/no-such-page', { javaScript: false });
    expect(status).toBe(404);
    expect(await page.getByLabel('A name or a word').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Every name in the stories' }).getAttribute('href')).toBe('/search/');
    expect(await page.locator('.stories a[href="/sco-2025/"]').count()).toBe(1);
    await tab.leave(page);
  });
});

const notice = (page: Page) => page.locator('[data-hash-notice]');

describe('a link to a part the page does not have', () => {
  it('says quietly that the part was not found, and offers the contents', async () => {
    const { page, errors } = await visit('/sco-2025/#part-4');
    await expect
      .poll(() => notice(page).innerText())
      .toMatch(
        /^This link’s part, “part-4”, was not found: it may be from an older version of the explainer\. Go to the contents\s+Dismiss$/,
      );
    expect(await notice(page).getAttribute('role')).toBe('status');
    await Promise.all([page.waitForURL(/#toc-title$/), notice(page).getByRole('link', { name: 'Go to the contents' }).click()]);
    await expect.poll(() => page.getByRole('navigation', { name: 'Contents' }).isVisible()).toBe(true);
    expect(await notice(page).innerText()).toBe('');
    expect(errors).toEqual([]);
    await tab.leave(page);
  });

  it('can be dismissed', async () => {
    const { page } = await visit('/sco-2025/#part-4', { width: 360, height: 740 });
    await expect.poll(() => notice(page).getByRole('button', { name: 'Dismiss' }).isVisible()).toBe(true);
    await notice(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice(page).innerText()).toBe('');
    expect(await notice(page).isVisible()).toBe(false);
    await tab.leave(page);
  });

  it('says nothing for a section, a term, a text fragment, the top or no hash', async () => {
    const { page } = await visit('/sco-2025/');
    // One page, loaded afresh for each hash (the query differs), so that each is a landing, not a hash change.
    for (const [index, hash] of ['', '#opening', '#close-rapport', '#term-xi-jinping', '#:~:text=Kim%20Jong%20Un', '#top'].entries()) {
      await page.goto(`${site.origin}/sco-2025/?visit=${index}${hash}`);
      // The landing's code loads after the page's, only when the address has a hash (a text fragment leaves none):
      // wait until the notice region says which address it answered, then read it.
      const address = await page.evaluate(() => location.hash);
      if (address.length > 1) await expect.poll(() => notice(page).getAttribute('data-hash-checked'), { message: hash }).toBe(address);
      expect(await notice(page).innerText(), hash).toBe('');
    }
    await tab.leave(page);
  });

  it('shows a hostile, long or encoded hash as text and never breaks the page', async () => {
    const hashes = {
      '#<img src=x onerror=alert(1)>': '<img src=x onerror=alert(1)>',
      '#%3Cscript%3Ealert(2)%3C%2Fscript%3E': '<script>alert(2)</script>',
      [`#${'x'.repeat(4000)}`]: `${'x'.repeat(60)}…`,
      '#%E0%A4%A': '%E0%A4%A',
      '#%E2%80%AEpart-4': 'part-4',
    };
    const { page, errors, alerts } = await visit('/sco-2025/', { width: 360, height: 740 });
    for (const [index, [hash, name]] of Object.entries(hashes).entries()) {
      await page.goto(`${site.origin}/sco-2025/?visit=${index}${hash}`);
      await expect.poll(() => notice(page).locator('bdi').textContent(), { message: hash.slice(0, 30) }).toBe(name);
      expect(await notice(page).locator('img, script').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(await page.locator('h1').isVisible()).toBe(true);
    }
    expect(errors).toEqual([]);
    expect(alerts).toEqual([]);
    await tab.leave(page);
  });
});
