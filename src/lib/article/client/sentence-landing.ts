import { sentenceStart } from '../../text/sentences';

/*
 * The links back from a note or a timeline event point at the note's number
 * or at the time words, which often stand in the middle of a sentence. The
 * browser brings that element just clear of the sticky header, and the
 * sentence's first lines stay under it; this brings the whole sentence clear.
 */

/** What the back links point at: a note's number in the text, the time words of an event. */
const BACK_LINK_TARGETS = '[data-note-ref], .time-ref';

/** The block whose text the sentence is part of. */
const BLOCKS = 'p, li, blockquote, figcaption';

/** Where the sentence that holds `target` begins on screen, counted in the article's own words (nothing added, nothing hidden). */
function sentenceTop(target: Element): number | null {
  const block = target.closest(BLOCKS);
  if (!block) return null;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  let targetAt: number | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (targetAt === null && !(target.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING)) targetAt = text.length;
    if (node.parentElement?.closest('[data-added], [hidden]')) continue;
    nodes.push({ node, start: text.length });
    text += node.data;
  }
  const start = sentenceStart(text, targetAt ?? text.length);
  const first = nodes.find((entry) => entry.start + entry.node.length > start);
  if (!first) return null;
  const range = document.createRange();
  range.setStart(first.node, start - first.start);
  range.setEnd(first.node, start - first.start + 1);
  return range.getBoundingClientRect().top;
}

/** Brings the whole sentence of the address's back-link target clear of the header; does nothing for any other target. */
export function landSentence(): void {
  let id: string;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  const target = id ? document.getElementById(id) : null;
  if (!target?.matches(BACK_LINK_TARGETS)) return;
  const top = sentenceTop(target);
  const header = document.querySelector('.site-header');
  if (top === null || !header) return;
  // The same gap the browser leaves under the header (scroll-padding-top in styles/base.css).
  const clear = header.getBoundingClientRect().bottom + parseFloat(getComputedStyle(document.documentElement).fontSize);
  if (top < clear) scrollBy({ top: top - clear, behavior: 'instant' });
}
