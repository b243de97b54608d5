/**
 * The quote bar's behaviour as a small state machine, apart from the DOM so
 * that unit tests can drive it: selection events go in, what the bar shows
 * comes out.
 *
 * The rule that matters: once the reader leaves the bar with the keyboard, it
 * stays dismissed until the selection collapses or the pointer starts a new
 * one. Browsers move the caret and the selection late, and in steps, after
 * focus moves; comparing the selected text could not tell that from a new
 * selection, so the bar used to reopen now and then.
 */

/** The selected words, inside the text of one section. */
export interface Quote {
  sectionId: string;
  /** The link's text directive ("text=…"), which names the words and, with its context, which occurrence. */
  text: string;
}

export type QuoteBarState = { phase: 'idle' } | { phase: 'offered'; quote: Quote; status: string } | { phase: 'dismissed'; quote: Quote };

export type QuoteBarEvent =
  /** The selection settled: the quote it makes, or null when it is collapsed or not in one section. */
  | { type: 'selection'; quote: Quote | null; focusInBar: boolean }
  /** The pointer went down outside the bar: a new selection may start. */
  | { type: 'pointer-down' }
  /** The reader left the bar with Tab or Esc. */
  | { type: 'leave' }
  /** The link was copied, or offered in a field to copy by hand. */
  | { type: 'announced'; message: string };

export const IDLE: QuoteBarState = { phase: 'idle' };

const same = (a: Quote, b: Quote) => a.sectionId === b.sectionId && a.text === b.text;

export function nextQuoteBarState(state: QuoteBarState, event: QuoteBarEvent): QuoteBarState {
  switch (event.type) {
    case 'selection': {
      const { quote } = event;
      if (state.phase === 'dismissed') return quote === null ? IDLE : state;
      if (quote === null) {
        // The fallback link field takes the selection away: keep the bar while the reader uses it.
        return state.phase === 'offered' && event.focusInBar ? state : IDLE;
      }
      // A new quote starts with a clean status: never the last quote's "copied".
      if (state.phase === 'offered' && same(state.quote, quote)) return state;
      return { phase: 'offered', quote, status: '' };
    }
    case 'pointer-down':
      return state.phase === 'dismissed' ? IDLE : state;
    case 'leave':
      return state.phase === 'offered' ? { phase: 'dismissed', quote: state.quote } : state;
    case 'announced':
      return state.phase === 'offered' ? { ...state, status: event.message } : state;
  }
}

/** Whether the bar is on screen. */
export const barVisible = (state: QuoteBarState): state is Extract<QuoteBarState, { phase: 'offered' }> => state.phase === 'offered';
