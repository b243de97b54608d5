import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchChromium } from '../../fixtures/chromium';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';
import { allowClipboard, lastCopied } from '../support/clipboard';
import { headingLanding } from '../support/landing';
import { selectText } from '../support/selection';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));
const tab = useTab(() => ({ browser, site }));

/** `path` in the file's tab, whose page may read and write the clipboard, as a reader who allowed it. */
async function clipboardVisit(path: string, window?: { width: number; height: number }) {
  const page = await tab.visit(path, window);
  await allowClipboard(page);
  return page;
}

describe('the Copy link and Share buttons in Chromium', () => {
  it('copies the section’s share-page link and says so, visibly and to screen readers', async () => {
    const page = await clipboardVisit('/sco-2025/');
    const section = page.locator('section[data-section="ukraine-war"]');
    await section.getByRole('button', { name: 'Copy link to “Ukraine war looms over summit”' }).click();
    const status = section.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Link copied');
    await expect(status.isVisible()).resolves.toBe(true);
    await expect(lastCopied(page)).resolves.toBe(`${site.origin}/sco-2025/s/ukraine-war/`);
  });

  it('works from the keyboard', async () => {
    const page = await clipboardVisit('/sco-2025/s/close-rapport/');
    const button = page.getByRole('button', { name: 'Copy link to “Close rapport”' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-section-tools]').getByRole('status').textContent()).toBe('Link copied');
    await expect(lastCopied(page)).resolves.toBe(`${site.origin}/sco-2025/s/close-rapport/`);
  });

  it('shows the link selected, ready to copy, where the Clipboard API is missing', async () => {
    // A page served over plain HTTP from a real host name is not a secure context: it has no navigator.clipboard.
    // The host name is a launch flag, so this test starts a Chromium of its own.
    const insecure = await launchChromium(['--host-resolver-rules=MAP explainer.test 127.0.0.1']);
    const page = await insecure.newPage();
    await page.goto(site.origin.replace('127.0.0.1', 'explainer.test') + '/sco-2025/');
    await expect(page.evaluate(() => typeof navigator.clipboard)).resolves.toBe('undefined');
    const section = page.locator('section[data-section="not-alone"]');
    await section.getByRole('button', { name: /^Copy link/ }).click();
    const field = section.getByRole('textbox', { name: 'Link to this section' });
    await expect.poll(() => field.inputValue()).toMatch(/^http:\/\/explainer\.test:\d+\/sco-2025\/s\/not-alone\/$/);
    const selection = await field.evaluate((input: HTMLInputElement) => ({
      focused: document.activeElement === input,
      start: input.selectionStart,
      selectedAll: input.selectionEnd === input.value.length,
    }));
    expect(selection).toEqual({ focused: true, start: 0, selectedAll: true });
    await expect.poll(() => section.getByRole('status').textContent()).toBe('The link is selected: copy it');
    await insecure.close();
  });

  it('offers Share only where the browser has a share sheet', async () => {
    const page = await tab.visit('/sco-2025/');
    // Chromium on Linux has no navigator.share, so the button must stay hidden there.
    await expect(page.evaluate(() => typeof navigator.share)).resolves.toBe('undefined');
    await expect(page.locator('[data-section-tools]:visible').count()).resolves.toBe(8);
    await expect(page.locator('button[data-share]:visible').count()).resolves.toBe(0);
  });

  it('hands the share page, title and summary to the system share sheet where there is one', async () => {
    // This Chromium has no share sheet. A phone's is stood in for by a recorder of what the page hands it:
    // the sheet itself is the platform's, and cannot run here.
    const page = await tab.visit('/sco-2025/', {
      initScript: () => {
        const shared: ShareData[] = [];
        Object.assign(window, { shared });
        Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
      },
    });
    const button = page.locator('[data-section="close-rapport"] button[data-share]');
    await expect(button.isVisible()).resolves.toBe(true);
    await button.click();
    // The section tools' code may still be on its way when the click comes (it loads on the reader's move towards
    // them): the click waits for it, so the test waits for what the sheet was handed.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
      .toEqual([
        {
          title: 'Close rapport',
          text: 'A welcome banquet in Tianjin put the warm personal ties between Xi and Putin on show.',
          url: `${site.origin}/sco-2025/s/close-rapport/`,
        },
      ]);
  });

  it('keeps the buttons hidden without JavaScript, and the permalink working', async () => {
    const page = await tab.visit('/sco-2025/', { javaScript: false });
    await expect(page.getByRole('button', { name: /Copy link/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Link to “Close rapport”' }).getAttribute('href')).resolves.toBe('#close-rapport');
    await tab.leave(page);
  });
});

describe('arriving by a section link in Chromium', () => {
  for (const width of [360, 1280]) {
    for (const id of ['opening', 'since-alaska', 'diplomatic-push']) {
      it(`lands /#${id} at ${width} px with the heading in view, clear of the sticky header, and the section marked`, async () => {
        const page = await tab.visit(`/sco-2025/#${id}`, { width, height: 700 });
        await expect.poll(() => headingLanding(page, id)).toEqual({ inView: true, clearOfHeader: true, uncovered: true, marked: true });
      });
    }
  }

  it('lands a share page with its section heading in view and clear of the header', async () => {
    const page = await tab.visit('/sco-2025/s/shoulder-to-shoulder/', { width: 360, height: 640 });
    await expect
      .poll(() => headingLanding(page, 'shoulder-to-shoulder'))
      .toMatchObject({ inView: true, clearOfHeader: true, uncovered: true });
  });
});

describe('quote links in Chromium', () => {
  const QUOTE = 'accelerated a nascent and cautious rapprochement between New Delhi and Beijing';

  it('offers a link to the selected words that opens the page with them in view', async () => {
    const page = await clipboardVisit('/sco-2025/', { width: 1280, height: 420 });
    const bar = page.locator('[data-quote-bar]');
    await expect(bar.isVisible()).resolves.toBe(false);
    await selectText(page, 'ukraine-war', QUOTE);
    await page.getByRole('button', { name: 'Copy link to this quote' }).click();
    await expect.poll(() => bar.getByRole('status').textContent()).toBe('Quote link copied');
    const link = (await lastCopied(page)) ?? '';
    expect(link).toBe(`${site.origin}/sco-2025/#ukraine-war:~:text=${encodeURIComponent(QUOTE)}`);

    // The reader opens the link in the same tab; about:blank first, so that it loads a fresh document, as it does for
    // a reader, and nothing of the page it was copied from can stand in for where the link itself lands.
    await page.goto('about:blank');
    await page.goto(link);
    // Chromium scrolls to the quoted words, which lie well below the heading in this short window.
    const quoteInView = () =>
      page.evaluate((quote) => {
        const paragraph = [...document.querySelectorAll('[data-section="ukraine-war"] p')].find((p) => p.textContent!.includes(quote))!;
        const box = paragraph.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      }, QUOTE);
    await expect.poll(quoteInView).toBe(true);
    const headingBottom = await page.evaluate(() => document.getElementById('ukraine-war')!.getBoundingClientRect().bottom);
    expect(headingBottom).toBeLessThan(0);
  });

  it('links a long quote by its first and last words', async () => {
    const page = await clipboardVisit('/sco-2025/');
    const sentence =
      'But even as the US imposed such penalties on India last week, it has so far slow-rolled that threat as it seeks a broader trade agreement with Beijing.';
    await selectText(page, 'ukraine-war', sentence);
    await page.getByRole('button', { name: 'Copy link to this quote' }).click();
    await expect.poll(() => page.locator('[data-quote-bar]').getByRole('status').textContent()).toBe('Quote link copied');
    await expect(lastCopied(page)).resolves.toBe(`${site.origin}/sco-2025/#ukraine-war:~:text=But%20even%20as,agreement%20with%20Beijing.`);
  });

  it('offers nothing for a selection outside the article text', async () => {
    const page = await tab.visit('/sco-2025/');
    await page.evaluate(() => getSelection()!.selectAllChildren(document.querySelector('.site-header')!));
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await expect(page.locator('[data-quote-bar]').isVisible()).resolves.toBe(false);
  });

  it('still lands on the section when the quoted words are no longer on the page', async () => {
    const page = await tab.visit('/sco-2025/#since-alaska:~:text=words%20an%20editor%20has%20since%20removed', {
      width: 1280,
      height: 700,
    });
    await expect
      .poll(() => headingLanding(page, 'since-alaska'))
      .toEqual({ inView: true, clearOfHeader: true, uncovered: true, marked: true });
  });
});
