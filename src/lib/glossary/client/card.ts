import { cardPosition } from './card-position';
import { closedCard, reactToCard, type CardEvent } from './card-state';

/*
 * The definition card that glossary links open on hover, keyboard focus or
 * tap (GlossaryCard.astro draws it). When it opens and closes is decided in
 * card-state.ts; this module feeds it the page's events, runs its timers and
 * fills and places the card.
 */

/**
 * Wires the one card that serves every term link on the page (`terms`, a selector); without the Popover API, terms
 * stay plain links. The page's listener (card-intent.ts) hands it the events it follows: `earlier`, those since the
 * reader's first move towards a term, before this module was loaded, which the card follows as if it had seen them
 * as they came, and each later one to the function this returns.
 */
export function attachGlossaryCard(terms: string, earlier: readonly Event[]): (event: Event) => void {
  const ignore = () => {};
  const found = document.getElementById('glossary-card');
  if (!found || typeof found.showPopover !== 'function') return ignore;
  const card: HTMLElement = found;
  const kind = card.querySelector<HTMLElement>('[data-card-kind]');
  const term = card.querySelector<HTMLElement>('[data-card-term]');
  const definition = card.querySelector<HTMLElement>('[data-card-definition]');
  const more = card.querySelector<HTMLAnchorElement>('[data-card-more]');
  if (!kind || !term || !definition || !more) return ignore;

  let state = closedCard<HTMLAnchorElement>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>(terms) : null);
  const inCard = (target: EventTarget | null) => target instanceof Node && card.contains(target);

  function place(link: HTMLAnchorElement) {
    // A term that wraps has several boxes: anchor the card to the first.
    const box = link.getClientRects()[0] ?? link.getBoundingClientRect();
    const { left, top } = cardPosition(
      box,
      { width: card.offsetWidth, height: card.offsetHeight },
      { width: document.documentElement.clientWidth, height: window.innerHeight },
    );
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }

  function fill(link: HTMLAnchorElement) {
    // The entry's definition on this page (TermDefinition.astro) carries its name and kind as well.
    const describedBy = link.getAttribute('aria-describedby');
    const entry = describedBy ? document.getElementById(describedBy) : null;
    const name = entry?.dataset['term'] ?? link.textContent ?? '';
    kind!.textContent = entry?.dataset['kind'] ?? '';
    term!.textContent = name;
    definition!.textContent = entry?.textContent?.trim() ?? '';
    more!.href = link.getAttribute('href') ?? link.href;
    more!.textContent = `Full entry: ${name}`;
  }

  /** Runs one event through the state machine and makes the card match the new state. */
  function dispatch(event: CardEvent<HTMLAnchorElement>): boolean {
    const before = state;
    const reaction = reactToCard(state, event);
    state = reaction.state;
    if (state.timer !== before.timer) {
      clearTimeout(timer);
      if (state.timer) timer = setTimeout(() => dispatch({ type: 'timer-fired' }), state.timer.ms);
    }
    if (state.open !== before.open) {
      if (state.open) {
        fill(state.open);
        if (!card.matches(':popover-open')) card.showPopover();
        place(state.open);
      } else if (card.matches(':popover-open')) {
        card.hidePopover();
      }
    }
    return reaction.preventDefault;
  }

  // Each listener by the event it takes, so that the events that came before this module was loaded (card-intent.ts)
  // can run through them too.
  const listeners: Partial<Record<string, (event: Event) => void>> = {
    // Pointer: open after a short rest on a term, and stay open while the pointer moves from the term into the card.
    pointerover: (event) => {
      if (!(event instanceof PointerEvent) || event.pointerType !== 'mouse') return;
      const link = termOf(event.target);
      if (link) dispatch({ type: 'pointer-over-term', term: link });
      else if (inCard(event.target)) dispatch({ type: 'pointer-over-card' });
    },
    pointerout: (event) => {
      if (!(event instanceof PointerEvent) || event.pointerType !== 'mouse' || !(termOf(event.target) || inCard(event.target))) return;
      const to = event.relatedTarget;
      const toTerm = termOf(to);
      dispatch({ type: 'pointer-out', to: inCard(to) ? 'card' : toTerm ? { term: toTerm } : 'elsewhere' });
    },
    // Keyboard: a term reached with Tab shows its card; leaving it hides the card.
    focusin: (event) => {
      const link = termOf(event.target);
      if (link && link.matches(':focus-visible')) dispatch({ type: 'focus-term', term: link });
    },
    focusout: (event) => {
      if (termOf(event.target) && event instanceof FocusEvent) dispatch({ type: 'blur-term', toCard: inCard(event.relatedTarget) });
    },
    // Touch: the first tap on a term shows its card instead of leaving the page.
    pointerdown: (event) => {
      if (!(event instanceof PointerEvent)) return;
      const link = termOf(event.target);
      if (link && event.pointerType !== 'mouse') dispatch({ type: 'tap-term', term: link });
      else if (!link && !inCard(event.target)) dispatch({ type: 'pointer-down-elsewhere' });
    },
    click: (event) => {
      const link = termOf(event.target);
      if (link && dispatch({ type: 'click-term', term: link })) event.preventDefault();
    },
    keydown: (event) => {
      if (!(event instanceof KeyboardEvent) || event.key !== 'Escape' || state.open === null) return;
      const returnTo = state.open;
      const focusInCard = card.contains(document.activeElement);
      dispatch({ type: 'escape' });
      if (focusInCard) returnTo.focus();
    },
  };
  const handle = (event: Event) => listeners[event.type]?.(event);
  earlier.forEach(handle);

  const follow = () => {
    if (state.open && card.matches(':popover-open')) place(state.open);
  };
  addEventListener('scroll', follow, { passive: true });
  addEventListener('resize', follow, { passive: true });
  return handle;
}
