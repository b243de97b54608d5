import { pageText, type PageText, type PiecePoint, type TextPiece } from '../page-text';

/*
 * Reads the page's visible text as a browser's find (and so a text fragment)
 * sees it: text nodes that are rendered, each in its block, each marked when
 * it lies in something the explainer added (data-added). Kept until the page
 * changes, as reading it takes a walk over every text node.
 */

interface Reading {
  page: PageText;
  nodes: Text[];
  index: Map<Text, number>;
}

let reading: Reading | null = null;

/** Block boundaries: an element that is not laid out inline (an inline-block is a box of its own, too). */
function isBlock(element: Element, displays: Map<Element, string>): boolean {
  let display = displays.get(element);
  if (display === undefined) {
    display = getComputedStyle(element).display;
    displays.set(element, display);
  }
  return display !== 'inline' && display !== 'contents';
}

function read(): Reading {
  const displays = new Map<Element, string>();
  const nodes: Text[] = [];
  const pieces: TextPiece[] = [];
  let lastBlock: Element | null = null;
  let block = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || !parent.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
    let owner: Element = parent;
    while (owner !== document.body && owner.parentElement && !isBlock(owner, displays)) owner = owner.parentElement;
    if (owner !== lastBlock) block += 1;
    lastBlock = owner;
    nodes.push(node);
    pieces.push({ text: node.data, added: parent.closest('[data-added]') !== null, block });
  }
  return { page: pageText(pieces), nodes, index: new Map(nodes.map((node, at) => [node, at])) };
}

/** The page's text, read once and again after anything on the page changes. */
export function currentPageText(): Reading {
  if (!reading) {
    reading = read();
    const forget = () => {
      reading = null;
      observer.disconnect();
      removeEventListener('resize', forget);
    };
    const observer = new MutationObserver(forget);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'open', 'class', 'style'],
    });
    addEventListener('resize', forget);
  }
  return reading;
}

/** Where a boundary point of a range falls in the page's text. */
export function pointOf({ nodes, index, page }: Reading, container: Node, offset: number): number {
  const own = container instanceof Text ? index.get(container) : undefined;
  if (own !== undefined) return page.at({ piece: own, offset });
  // Otherwise the first visible text that starts after the point.
  const point = document.createRange();
  point.setStart(container, offset);
  let [low, high] = [0, nodes.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (point.comparePoint(nodes[middle]!, 0) >= 0) high = middle;
    else low = middle + 1;
  }
  const at: PiecePoint = low < nodes.length ? { piece: low, offset: 0 } : { piece: nodes.length - 1, offset: nodes.at(-1)?.length ?? 0 };
  return page.at(at);
}
