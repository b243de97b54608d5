/**
 * When the definition card opens and closes, as a state machine apart from
 * the DOM, so that unit tests can drive it with the reader's events and the
 * timers' ticks. `Term` is whatever identifies a term link (the DOM module
 * uses the link element itself).
 */

/** A short rest on a term before its card opens, so that a pointer passing over the text opens nothing. */
export const OPEN_DELAY_MS = 250;
/** Time to move the pointer from the term into the card before it closes. */
export const CLOSE_DELAY_MS = 300;

export interface CardState<Term> {
  /** The term whose card is open, or null. */
  open: Term | null;
  /** A timer the DOM should be running: open a term's card, or close the card. */
  timer: { action: 'open'; term: Term; ms: number } | { action: 'close'; ms: number } | null;
  /** A term tapped (touch or pen) whose click is still to come, and whether its card was open already. */
  tapped: { term: Term; wasOpen: boolean } | null;
}

export type CardEvent<Term> =
  | { type: 'pointer-over-term'; term: Term }
  | { type: 'pointer-over-card' }
  /** The mouse left a term or the card, for `to`: the card, a term, or elsewhere. */
  | { type: 'pointer-out'; to: 'card' | { term: Term } | 'elsewhere' }
  | { type: 'focus-term'; term: Term }
  | { type: 'blur-term'; toCard: boolean }
  | { type: 'tap-term'; term: Term }
  | { type: 'pointer-down-elsewhere' }
  | { type: 'click-term'; term: Term }
  | { type: 'escape' }
  | { type: 'timer-fired' };

/** What the DOM should do besides showing the state: keep a tapped link from leaving the page. */
export interface CardReaction<Term> {
  state: CardState<Term>;
  preventDefault: boolean;
}

export function closedCard<Term>(): CardState<Term> {
  return { open: null, timer: null, tapped: null };
}

export function reactToCard<Term>(state: CardState<Term>, event: CardEvent<Term>): CardReaction<Term> {
  const next = (changes: Partial<CardState<Term>>, preventDefault = false) => ({ state: { ...state, ...changes }, preventDefault });
  const show = (term: Term) => next({ open: term, timer: null });
  const hide = () => next({ open: null, timer: null });
  switch (event.type) {
    case 'pointer-over-term':
      // Moving from one term to the next swaps the card at once; a first card waits for the pointer to rest.
      return next({ timer: { action: 'open', term: event.term, ms: state.open === null ? OPEN_DELAY_MS : 0 } });
    case 'pointer-over-card':
      return state.timer?.action === 'close' ? next({ timer: null }) : next({});
    case 'pointer-out': {
      const { to } = event;
      if (to === 'card' || (to !== 'elsewhere' && to.term === state.open)) return next({});
      return next({ timer: state.open === null ? null : { action: 'close', ms: CLOSE_DELAY_MS } });
    }
    case 'focus-term':
      return show(event.term);
    case 'blur-term':
      return event.toCard || state.tapped !== null ? next({}) : hide();
    case 'tap-term':
      return next({ tapped: { term: event.term, wasOpen: state.open === event.term } });
    case 'pointer-down-elsewhere':
      return state.open === null ? next({}) : hide();
    case 'click-term': {
      if (state.tapped?.term !== event.term) return next({});
      // A second tap on the same term follows its link; the first shows its card.
      if (state.tapped.wasOpen) return next({ tapped: null });
      return { state: { ...state, open: event.term, timer: null, tapped: null }, preventDefault: true };
    }
    case 'escape':
      return state.open === null ? next({}) : hide();
    case 'timer-fired': {
      const { timer } = state;
      if (timer === null) return next({});
      return timer.action === 'open' ? show(timer.term) : hide();
    }
  }
}
