import { patternFor, type HighlightPlan } from '../match';

/*
 * Landing on a search result: the passage is marked and the searched words
 * are highlighted in it with the CSS Custom Highlight API, which paints
 * ranges without touching the DOM, so the quoted text is never rewritten and
 * clearing the highlight leaves nothing behind.
 */

const HIGHLIGHT = 'search-hit';
const LANDED = 'data-search-landed';
const STORAGE_KEY = 'search-landing';
const BLOCKS = 'p, li, dt, dd, h1, h2, h3, h4, h5, h6, blockquote, figcaption, td, th, div, section, aside, header, footer, article';

/** A landing that waits in sessionStorage while the browser goes to another page. */
interface PendingLanding {
  path: string;
  anchor: string | null;
  plan: HighlightPlan;
}

function isPlan(value: unknown): value is HighlightPlan {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, forms, words } = value as Record<string, unknown>;
  const list = kind === 'names' ? forms : kind === 'words' ? words : undefined;
  return Array.isArray(list) && list.every((item) => typeof item === 'string');
}

/** The element for a heading id, or null for an id that is missing, empty or garbled. */
function targetOf(anchor: string | null): HTMLElement | null {
  if (!anchor) return null;
  return document.getElementById(anchor);
}

/** Headings that start a passage, as Pagefind cuts them: an id and some text (ignored furniture is never walked). */
function isPassageHeading(element: Element): boolean {
  return /^H\d$/.test(element.tagName) && element.id !== '' && /\S/.test(element.textContent ?? '');
}

/** The text nodes of the passage that starts at `heading`, up to the next passage heading. */
function passageTextNodes(heading: HTMLElement): Text[] {
  const root = heading.closest('[data-pagefind-body]') ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node instanceof Element && node.matches('[data-pagefind-ignore], script, style, template')) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  walker.currentNode = heading;
  const nodes: Text[] = [];
  for (let node: Node | null = heading; node; node = walker.nextNode()) {
    if (node !== heading && node instanceof Element && isPassageHeading(node)) break;
    if (node instanceof Text && node.data !== '') nodes.push(node);
  }
  return nodes;
}

/** Ranges of the plan's matches in the given text nodes, matched across inline elements. */
function matchingRanges(nodes: readonly Text[], plan: HighlightPlan): Range[] {
  const pattern = patternFor(plan);
  if (!pattern || nodes.length === 0) return [];
  let text = '';
  const starts: number[] = [];
  let previousBlock: Element | null = null;
  for (const node of nodes) {
    const block = node.parentElement?.closest(BLOCKS) ?? null;
    // Separate blocks ("…world</p><p>Observers…") so that words of two paragraphs never fuse.
    if (previousBlock && block !== previousBlock) text += '\n';
    previousBlock = block;
    starts.push(text.length);
    text += node.data;
  }
  const locate = (offset: number, isEnd: boolean): [Text, number] | null => {
    for (let index = nodes.length - 1; index >= 0; index--) {
      const start = starts[index] ?? 0;
      const node = nodes[index];
      if (node && (isEnd ? offset > start : offset >= start)) return [node, Math.min(offset - start, node.data.length)];
    }
    return null;
  };
  const ranges: Range[] = [];
  for (const match of text.matchAll(pattern)) {
    const from = locate(match.index, false);
    const to = locate(match.index + match[0].length, true);
    if (!from || !to) continue;
    const range = document.createRange();
    range.setStart(...from);
    range.setEnd(...to);
    ranges.push(range);
  }
  return ranges;
}

let clearBar: HTMLElement | null = null;

/** Removes the highlight, the mark on the passage and the bar that offers to clear them. */
export function clearLanding(): void {
  if ('highlights' in CSS) CSS.highlights.delete(HIGHLIGHT);
  for (const element of document.querySelectorAll(`[${LANDED}]`)) element.removeAttribute(LANDED);
  clearBar?.remove();
  clearBar = null;
  document.removeEventListener('keydown', clearOnEscape);
}

function clearOnEscape(event: KeyboardEvent): void {
  if (event.key === 'Escape' && !document.querySelector('dialog[open]')) clearLanding();
}

function showClearBar(count: number): void {
  const bar = document.createElement('div');
  bar.className = 'search-landing-bar floating-bar';
  const text = document.createElement('p');
  text.textContent = count === 1 ? '1 match highlighted' : `${count} matches highlighted`;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'control pill';
  button.textContent = 'Clear highlight';
  button.addEventListener('click', clearLanding);
  bar.append(text, button);
  // In the dock the quote bar shares (Base.astro), so that the two stack; inside <main>, a landmark, either way.
  (document.querySelector('[data-floating-dock]') ?? document.querySelector('main') ?? document.body).append(bar);
  clearBar = bar;
  document.addEventListener('keydown', clearOnEscape);
}

/**
 * Marks the passage at `anchor` and highlights the plan's matches in it.
 * Without an anchor the page's opening is the passage. An anchor that is not
 * on the page (a stale index, a hand-edited link) changes nothing.
 */
export function land(anchor: string | null, plan: HighlightPlan): void {
  clearLanding();
  const heading = anchor === null ? document.querySelector<HTMLElement>('[data-pagefind-body] h1') : targetOf(anchor);
  if (!heading) return;
  const block = heading.closest<HTMLElement>('section, li, header, article') ?? heading;
  block.setAttribute(LANDED, '');
  const ranges = matchingRanges(passageTextNodes(heading), plan);
  if (ranges.length > 0 && 'highlights' in CSS) {
    CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
    showClearBar(ranges.length);
  }
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
  const [first] = ranges;
  if (first) {
    reveal(first);
    // The browser may still scroll to the heading of a hash it has just been given; the match wins after it.
    requestAnimationFrame(() => requestAnimationFrame(() => reveal(first)));
  }
}

/** Room kept between the sticky header (or the highlight bar) and the match, in CSS pixels. */
const CLEARANCE = 24;

/**
 * Scrolls the first match into view, clear of the sticky header above and
 * the highlight bar below. The heading alone is not enough: in a long
 * section the words searched for may be screens below it. The paragraph that
 * holds the match is shown whole when it fits: on a phone the bar covered its
 * last lines, the very sentences the reader came for.
 */
function reveal(range: Range): void {
  const rect = range.getBoundingClientRect();
  if (rect.height === 0 && rect.width === 0) return;
  const top = (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + CLEARANCE;
  const bottom = (clearBar?.getBoundingClientRect().top ?? innerHeight) - CLEARANCE;
  const block = range.startContainer.parentElement?.closest(BLOCKS)?.getBoundingClientRect();
  const shown = block && block.height <= bottom - top ? block : rect;
  if (shown.top >= top && shown.bottom <= bottom) return;
  // A paragraph below the room is lifted just clear of the bar; anything else starts under the header.
  const by = shown === block && shown.top >= top ? shown.bottom - bottom : shown.top - top;
  scrollBy({ top: by, behavior: 'instant' });
}

/** Keeps a landing for the next page, when the result is on another page than this one. */
export function landElsewhere(path: string, anchor: string | null, plan: HighlightPlan): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ path, anchor, plan } satisfies PendingLanding));
  } catch {
    // Storage can be full or blocked; the reader still lands on the passage, only without the highlight.
  }
}

/** Finishes a landing that another page started; a garbled entry is dropped. */
export function landFromStorage(): void {
  let pending: unknown;
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    sessionStorage.removeItem(STORAGE_KEY);
    pending = JSON.parse(stored ?? 'null');
  } catch {
    return;
  }
  if (typeof pending !== 'object' || pending === null) return;
  const { path, anchor, plan } = pending as Record<string, unknown>;
  if (path !== location.pathname || !(typeof anchor === 'string' || anchor === null) || !isPlan(plan)) return;
  land(anchor, plan);
}
