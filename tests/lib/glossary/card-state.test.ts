import { describe, expect, it } from 'vitest';
import {
  CLOSE_DELAY_MS,
  closedCard,
  OPEN_DELAY_MS,
  reactToCard,
  type CardEvent,
  type CardState,
} from '../../../src/lib/glossary/client/card-state';

type Term = 'peng' | 'xi';

/** Runs events from a closed card; "tick" fires whatever timer is running. */
function run(...events: (CardEvent<Term> | 'tick')[]): CardState<Term> {
  return events.reduce<CardState<Term>>(
    (state, event) => reactToCard(state, event === 'tick' ? { type: 'timer-fired' } : event).state,
    closedCard(),
  );
}

describe('when the definition card opens and closes', () => {
  it('opens after the pointer rests on a term, not as it passes over', () => {
    const resting = run({ type: 'pointer-over-term', term: 'peng' });
    expect(resting).toMatchObject({ open: null, timer: { action: 'open', term: 'peng', ms: OPEN_DELAY_MS } });
    expect(run({ type: 'pointer-over-term', term: 'peng' }, 'tick').open).toBe('peng');
    expect(run({ type: 'pointer-over-term', term: 'peng' }, { type: 'pointer-out', to: 'elsewhere' }, 'tick').open).toBeNull();
  });

  it('stays open while the pointer moves from the term into the card, and closes after it leaves', () => {
    const open = run({ type: 'pointer-over-term', term: 'peng' }, 'tick');
    expect(reactToCard(open, { type: 'pointer-out', to: 'card' }).state.timer).toBeNull();
    const leaving = run({ type: 'pointer-over-term', term: 'peng' }, 'tick', { type: 'pointer-out', to: 'elsewhere' });
    expect(leaving.timer).toEqual({ action: 'close', ms: CLOSE_DELAY_MS });
    // Reaching the card before the close delay runs out keeps it open for good.
    const kept = run(
      { type: 'pointer-over-term', term: 'peng' },
      'tick',
      { type: 'pointer-out', to: 'elsewhere' },
      { type: 'pointer-over-card' },
      'tick',
    );
    expect(kept.open).toBe('peng');
    expect(run({ type: 'pointer-over-term', term: 'peng' }, 'tick', { type: 'pointer-out', to: 'elsewhere' }, 'tick').open).toBeNull();
  });

  it('swaps to the next term at once once a card is open', () => {
    const swapping = run(
      { type: 'pointer-over-term', term: 'peng' },
      'tick',
      { type: 'pointer-out', to: { term: 'xi' } },
      { type: 'pointer-over-term', term: 'xi' },
    );
    expect(swapping.timer).toEqual({ action: 'open', term: 'xi', ms: 0 });
    expect(reactToCard(swapping, { type: 'timer-fired' }).state.open).toBe('xi');
  });

  it('opens at once for a term reached with the keyboard, and closes when focus leaves for anything but the card', () => {
    expect(run({ type: 'focus-term', term: 'xi' }).open).toBe('xi');
    expect(run({ type: 'focus-term', term: 'xi' }, { type: 'blur-term', toCard: true }).open).toBe('xi');
    expect(run({ type: 'focus-term', term: 'xi' }, { type: 'blur-term', toCard: false }).open).toBeNull();
  });

  it('closes on Escape', () => {
    expect(run({ type: 'focus-term', term: 'xi' }, { type: 'escape' }).open).toBeNull();
  });

  it('shows the card on a first tap instead of leaving the page, and follows the link on a second', () => {
    const first = reactToCard(run({ type: 'tap-term', term: 'peng' }), { type: 'click-term', term: 'peng' });
    expect(first.preventDefault).toBe(true);
    expect(first.state.open).toBe('peng');
    const second = reactToCard(reactToCard(first.state, { type: 'tap-term', term: 'peng' }).state, { type: 'click-term', term: 'peng' });
    expect(second.preventDefault).toBe(false);
  });

  it('lets a mouse click follow the link, and closes when the reader taps elsewhere', () => {
    expect(reactToCard(closedCard<Term>(), { type: 'click-term', term: 'peng' }).preventDefault).toBe(false);
    expect(run({ type: 'focus-term', term: 'xi' }, { type: 'pointer-down-elsewhere' }).open).toBeNull();
  });
});
