import type { Page } from 'playwright-core';

/** Where a section heading ended up after the page opened at it. */
export interface HeadingLanding {
  /** The whole heading is inside the window. */
  inView: boolean;
  /** Its top is below the sticky header's bottom edge. */
  clearOfHeader: boolean;
  /** Nothing painted over it: the topmost element at its middle is the heading itself. */
  uncovered: boolean;
  /** Its section is highlighted as the one the link pointed at. */
  marked: boolean;
}

/** Measures, in the page, how the heading with `id` landed. */
export function headingLanding(page: Page, id: string): Promise<HeadingLanding> {
  return page.evaluate((headingId) => {
    const heading = document.getElementById(headingId);
    const header = document.querySelector('.site-header');
    if (!heading || !header) throw new Error(`No heading #${headingId} or no site header on ${location.href}`);
    const box = heading.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + box.height / 2);
    return {
      inView: box.top >= 0 && box.bottom <= innerHeight,
      clearOfHeader: box.top >= header.getBoundingClientRect().bottom,
      uncovered: hit !== null && heading.contains(hit),
      marked: heading.closest('.section')?.matches(':has(> h2:target)') ?? false,
    };
  }, id);
}
