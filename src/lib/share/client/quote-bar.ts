import { quoteDirective } from '../text-fragment';
import { currentPageText, pointOf } from './page-text';
import { announce, showLinkField, writeClipboard } from './copy-link';
import { barVisible, IDLE, nextQuoteBarState, type Quote, type QuoteBarEvent } from './quote-state';

/*
 * The bar that offers a link to the words a reader selects in a section
 * (QuoteLink.astro draws it). Its decisions live in quote-state.ts; this
 * module turns the page's events into that machine's events and shows its
 * state.
 */

const CONTROLS = 'a[href], button, input, select, textarea, [tabindex]';

/**
 * The selected words, when they lie inside the text of one section and a link
 * can find them: `text` is then the link's text directive, built from the
 * article's own words with the context that makes the selected occurrence
 * the first match.
 */
function selectedQuote(): Quote | null {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const prose = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest('[data-section] .prose');
  const start = prose(range.startContainer);
  if (!start || start !== prose(range.endContainer)) return null;
  const sectionId = start.closest<HTMLElement>('[data-section]')?.dataset['section'];
  if (!sectionId) return null;
  const reading = currentPageText();
  const directive = quoteDirective(
    reading.page,
    pointOf(reading, range.startContainer, range.startOffset),
    pointOf(reading, range.endContainer, range.endOffset),
  );
  return directive === null ? null : { sectionId, text: directive };
}

/**
 * The control a reader would Tab to from the selected words: the first that
 * starts after the selection's end, or with Shift+Tab the last that starts
 * before its beginning. Leaving the bar lands there, so the bar is one extra
 * stop beside the quote rather than a detour to the end of the page.
 */
function controlBeside(range: Range, direction: 'next' | 'previous', skip: Element): HTMLElement | undefined {
  const edge = range.cloneRange();
  edge.collapse(direction === 'previous');
  const controls = [...document.querySelectorAll<HTMLElement>(CONTROLS)].filter(
    (control) => control.tabIndex >= 0 && !skip.contains(control) && !control.matches(':disabled') && control.checkVisibility(),
  );
  return direction === 'next'
    ? controls.find((control) => edge.comparePoint(control, 0) > 0)
    : controls.findLast((control) => edge.comparePoint(control, 0) < 0);
}

/** Wires the page's quote bar: shows it for a quote, copies the quote's link, and takes its place in the Tab order. */
export function attachQuoteBar(): void {
  const bar = document.querySelector<HTMLElement>('[data-quote-bar]');
  if (!bar) return;
  const button = bar.querySelector<HTMLButtonElement>('[data-copy-quote]');
  const status = bar.querySelector<HTMLElement>('[data-status]');
  if (!button || !status) return;

  let state = IDLE;
  // Where the quote lies, kept because the fallback link field takes the selection away.
  let quoteRange: Range | null = null;
  // Where focus was when Tab brought it into the bar, to give back on Esc.
  let returnTo: Element | null = null;
  let scheduled = false;

  const dispatch = (event: QuoteBarEvent) => {
    const before = state;
    state = nextQuoteBarState(state, event);
    if (barVisible(state) && (!barVisible(before) || before.quote !== state.quote)) {
      const selection = getSelection();
      if (selection && selection.rangeCount > 0) quoteRange = selection.getRangeAt(0).cloneRange();
      status.textContent = '';
    }
    bar.hidden = !barVisible(state);
    if (bar.hidden) bar.querySelector('.link-field')?.remove();
  };

  const settleSelection = () => {
    scheduled = false;
    dispatch({ type: 'selection', quote: selectedQuote(), focusInBar: bar.contains(document.activeElement) });
  };
  const onSelectionChange = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      if (scheduled) settleSelection();
    });
  };
  document.addEventListener('selectionchange', onSelectionChange);
  // Loaded by a selection (quote-intent.ts), the bar answers that selection too.
  onSelectionChange();
  document.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof Node && bar.contains(event.target))) dispatch({ type: 'pointer-down' });
  });

  // Pressing the button must not clear the selection it is about.
  button.addEventListener('pointerdown', (event) => event.preventDefault());
  button.addEventListener('click', async () => {
    if (!barVisible(state)) return;
    const { quote } = state;
    const url = `${new URL(`#${quote.sectionId}`, location.href).href}:~:${quote.text}`;
    const copied = await writeClipboard(url);
    if (!copied) showLinkField(bar, url, 'Link to this quote');
    const message = copied ? 'Quote link copied' : 'The link is selected: copy it';
    // Only if the reader is still on the same quote: a new selection never shows the last one's message.
    if (barVisible(state) && state.quote === quote) {
      dispatch({ type: 'announced', message });
      announce(status, message);
    }
  });

  // The bar sits at the end of the page. While words are selected, Tab goes to it first.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    // The selection the reader sees now is the quote, settled before focus moves, since caret browsing collapses
    // the selection as focus enters the bar. From outside the bar, read it even when no frame is waiting: the
    // selectionchange of the last Ctrl+Shift+→ is a task of its own, which can still be queued behind this Tab, and
    // then the bar held the quote as it stood a word or two earlier (seen once in a run under load).
    if (scheduled || !bar.contains(document.activeElement)) settleSelection();
    if (!barVisible(state) || bar.contains(document.activeElement)) return;
    event.preventDefault();
    returnTo = document.activeElement;
    button.focus();
  });

  bar.addEventListener('keydown', (event) => {
    const range = quoteRange;
    if (event.key === 'Escape') {
      // Back to the control the reader was on; from plain text (or a focused <main>), to the one after the quote.
      const back =
        returnTo instanceof HTMLElement && returnTo.isConnected && returnTo.tabIndex >= 0 && returnTo.matches(CONTROLS)
          ? returnTo
          : range && controlBeside(range, 'next', bar);
      dispatch({ type: 'leave' });
      getSelection()?.removeAllRanges();
      back?.focus();
      return;
    }
    if (event.key !== 'Tab') return;
    const inBar = [...bar.querySelectorAll<HTMLElement>('button, input')];
    const leaving = document.activeElement === (event.shiftKey ? inBar[0] : inBar.at(-1));
    if (!leaving) return;
    const beside = range && controlBeside(range, event.shiftKey ? 'previous' : 'next', bar);
    dispatch({ type: 'leave' });
    if (beside) {
      event.preventDefault();
      beside.focus();
    }
  });
}
