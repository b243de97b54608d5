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
 * Runs in the page. Describes the focused element and, with 'tag', marks it as visited (`firstVisit` is false
 * when it was already marked, null when nothing is focused). The unfocused look of the element and of each ancestor
 * checked is the one rememberUnfocusedLooks recorded; an element it did not see (added to the page since, or holding
 * focus then) is measured on a copy put beside it for a moment, which matches the same rules but neither is
 * focused nor holds focus. Any difference in outline or box-shadow is the focus indicator.
 */
function describeFocus(mode: 'describe' | 'tag' | 'remember'): { stop: FocusStop; firstVisit: boolean | null } {
  const look = (node: Element) => {
    const style = getComputedStyle(node);
    const outline =
      style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0
        ? 'none'
        : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
    return `${outline} / ${style.boxShadow}`;
  };
  if (mode === 'remember') {
    const looks = new WeakMap<Element, string>();
    for (const node of document.body.querySelectorAll('*')) looks.set(node, look(node));
    // What holds focus now, and its ancestors, do not look unfocused: they keep being measured on a copy.
    for (let held = document.activeElement; held && held !== document.body; held = held.parentElement) looks.delete(held);
    Object.assign(window, { unfocusedLooks: looks });
  }
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === document.body) {
    return { stop: { element: 'nothing (body)', indicator: false, inView: false, uncovered: false }, firstVisit: null };
  }
  let firstVisit: boolean | null = null;
  if (mode === 'tag') {
    firstVisit = focused.dataset['walked'] === undefined;
    focused.dataset['walked'] = '';
  }
  const remembered = (window as unknown as { unfocusedLooks?: WeakMap<Element, string> }).unfocusedLooks;
  const unfocusedLook = (node: Element) => {
    const known = remembered?.get(node);
    if (known !== undefined) return known;
    const copy = node.cloneNode(true) as Element;
    copy.removeAttribute('id');
    node.after(copy);
    const seen = look(copy);
    copy.remove();
    return seen;
  };
  let indicator = false;
  let node: Element | null = focused;
  for (let depth = 0; node && node !== document.body && depth < 3 && !indicator; depth++, node = node.parentElement) {
    indicator = look(node) !== unfocusedLook(node);
  }
  const box = focused.getClientRects()[0] ?? focused.getBoundingClientRect();
  const x = Math.min(Math.max(box.left + Math.min(box.width / 2, 12), 0), innerWidth - 1);
  const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
  const hit = document.elementFromPoint(x, y);
  const name = (focused.getAttribute('aria-label') ?? focused.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return {
    stop: {
      element: `${focused.tagName.toLowerCase()}${[...focused.classList].map((c) => `.${c}`).join('')} “${name}”`,
      indicator,
      inView: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
      uncovered: hit !== null && (focused === hit || focused.contains(hit)),
    },
    firstVisit,
  };
}

/**
 * Records the unfocused outline and box-shadow of every element of the page (but what holds focus now), so that each Tab stop
 * after it is one read in the page instead of copies of the focused element and its ancestors (a section, at times).
 * Lasts until the page navigates.
 */
export async function rememberUnfocusedLooks(page: Page): Promise<void> {
  await page.evaluate(describeFocus, 'remember' as const);
}

/** Describes the focused element. */
export async function focusStop(page: Page): Promise<FocusStop> {
  return (await page.evaluate(describeFocus, 'describe' as const)).stop;
}

/** Describes the focused element and marks it visited, in one read: `firstVisit` is false once Tab comes round again. */
export function walkStop(page: Page): Promise<{ stop: FocusStop; firstVisit: boolean | null }> {
  return page.evaluate(describeFocus, 'tag' as const);
}

/** Whether the focused element matches a selector. */
export function focusMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector);
}
