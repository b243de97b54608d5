import cardUrl from 'lazy-chunk:lib/glossary/client/card.ts';
import cardStyles from './card.css?url';
import { addStylesheet } from '../../base/client/stylesheet';

/*
 * What a page with term links loads of the definition card: a listener for the reader's first move towards a term
 * (the mouse over one, focus on one, a touch on one). The card's code and styles (card.css) load then; it follows every event since that
 * move as if it had been there (card.ts), so that the first hover, Tab or tap opens the card as it always did. The
 * definition itself is in the page already: a screen reader hears it as the link's description without any of this.
 */

type CardModule = typeof import('./card');

const TERM = 'a.glossary-term';

/** The events the card follows, on the whole document: kept from the first move, then handed to the card's code. */
const EVENTS = ['pointerover', 'pointerout', 'focusin', 'focusout', 'pointerdown', 'click', 'keydown'] as const;

export function listenForGlossaryCard(): void {
  if (typeof HTMLElement.prototype.showPopover !== 'function' || !document.getElementById('glossary-card')) return;
  let earlier: Event[] | undefined;
  let follow: ((event: Event) => void) | undefined;
  const termOf = (event: Event) => (event.target instanceof Element ? event.target.closest(TERM) : null);
  const keep = (event: Event) => {
    if (follow) {
      follow(event);
      return;
    }
    if (earlier === undefined) {
      if (!(event.type === 'pointerover' || event.type === 'focusin' || event.type === 'pointerdown') || !termOf(event)) return;
      earlier = [];
      load();
    }
    earlier.push(event);
    // A first tap on a term opens its card instead of following the link (card-state.ts): the click that comes
    // before the code cannot wait for it.
    const term = termOf(event);
    const tapped = (before: Event) => before.type === 'pointerdown' && before instanceof PointerEvent && before.pointerType !== 'mouse';
    if (event.type === 'click' && term && earlier.some((before) => tapped(before) && termOf(before) === term)) event.preventDefault();
  };
  const load = () => {
    Promise.all([import(/* @vite-ignore */ cardUrl) as Promise<CardModule>, addStylesheet(cardStyles)])
      .then(([{ attachGlossaryCard }]) => {
        follow = attachGlossaryCard(TERM, earlier ?? []);
      })
      .catch(() => {
        // Offline, say: the terms stay links to their entries, and the next move towards one tries again.
        earlier = undefined;
      });
  };
  for (const type of EVENTS) document.addEventListener(type, keep);
}
