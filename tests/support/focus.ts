import type { Page } from 'playwright-core';

/** Where keyboard focus is, and whether a sighted reader can see it. */
export interface FocusStop {
  /** The focused element, described for a test failure: tag, classes and the first words of its text or name. */
  element: string;
  /** The focused element, or an ancestor within two levels, draws an outline or a shadow that it lacks unfocused. */
  indicator: boolean;
  /** Part of the element is inside the window. */
  inView: boolean;
  /** The topmost thing painted at the element's first box is the element itself: no sticky header or bar covers it. */
  uncovered: boolean;
}

/**
 * Describes the focused element. The unfocused look is measured on a copy of
 * the element (and of each ancestor checked) put beside it for a moment: the
 * copy matches the same rules but is neither focused nor holds focus, so any
 * difference in outline or box-shadow is the focus indicator.
 */
export function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) {
      return { element: 'nothing (body)', indicator: false, inView: false, uncovered: false };
    }
    const look = (node: Element) => {
      const style = getComputedStyle(node);
      const outline =
        style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0
          ? 'none'
          : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
      return `${outline} / ${style.boxShadow}`;
    };
    let indicator = false;
    let node: Element | null = focused;
    for (let depth = 0; node && node !== document.body && depth < 3 && !indicator; depth++, node = node.parentElement) {
      const copy = node.cloneNode(true) as Element;
      copy.removeAttribute('id');
      node.after(copy);
      indicator = look(node) !== look(copy);
      copy.remove();
    }
    const box = focused.getClientRects()[0] ?? focused.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + Math.min(box.width / 2, 12), 0), innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    const name = (focused.getAttribute('aria-label') ?? focused.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return {
      element: `${focused.tagName.toLowerCase()}${[...focused.classList].map((c) => `.${c}`).join('')} “${name}”`,
      indicator,
      inView: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
      uncovered: hit !== null && (focused === hit || focused.contains(hit)),
    };
  });
}

/** Whether the focused element matches a selector. */
export function focusMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector);
}
