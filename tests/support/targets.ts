import type { Page } from 'playwright-core';

/** WCAG 2.2 SC 2.5.8 Target Size (Minimum), in CSS pixels. */
export const MIN_TARGET = 24;

/**
 * Every visible control on the page smaller than MIN_TARGET × MIN_TARGET, described for a failure message. A link
 * set inline in a line of running text is exempt, as the criterion allows ("the target is in a sentence"): it is an
 * inline box whose block holds words besides its own.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const blockOf = (element: Element) => {
      let node = element.parentElement;
      while (node && ['inline', 'contents'].includes(getComputedStyle(node).display)) node = node.parentElement;
      return node;
    };
    const inRunningText = (element: HTMLElement) => {
      if (getComputedStyle(element).display !== 'inline') return false;
      const block = blockOf(element);
      if (!block) return false;
      const own = element.textContent ?? '';
      const all = block.textContent ?? '';
      // A sentence, or a line whose words set its height ("Source: …", "In the article: …").
      return /\p{L}/u.test(all.replace(own, ''));
    };
    return [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]')]
      .filter((element) => element.tabIndex >= 0 && element.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      .filter((element) => !inRunningText(element))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < min - 0.5 || box.height < min - 0.5)
      .map(({ element, box }) => {
        const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        return `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')} “${name}” ${Math.round(box.width)}×${Math.round(box.height)}`;
      });
  }, MIN_TARGET);
}

/** Waits until the page has drawn two frames: the frame where Chromium applies a change of window or media, and one after it. */
function twoFrames(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
}

/** Resizes the window and waits until the page has laid itself out and painted at the new width. */
export async function resizeTo(page: Page, width: number, height = 800): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.waitForFunction((wanted) => innerWidth === wanted, width);
  await twoFrames(page);
}

/**
 * Switches the page to a colour scheme and waits until its styles follow. matchMedia answers at once, but Chromium
 * restyles the page only at its next frame: read before it, dark backgrounds stood under light text.
 */
export async function showScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.waitForFunction((scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, colorScheme);
  await twoFrames(page);
}
