import { describe, expect, it } from 'vitest';
import { barVisible, IDLE, nextQuoteBarState, type QuoteBarEvent, type QuoteBarState } from '../../../src/lib/share/client/quote-state';

const modi = { sectionId: 'shoulder-to-shoulder', text: 'shoulder to shoulder' };
const putin = { sectionId: 'close-rapport', text: 'the Russian leader' };
const select = (quote: typeof modi | null, focusInBar = false): QuoteBarEvent => ({ type: 'selection', quote, focusInBar });
const run = (...events: QuoteBarEvent[]) => events.reduce<QuoteBarState>(nextQuoteBarState, IDLE);

describe('the quote bar', () => {
  it('offers a link for a selection in a section, and goes when the selection collapses', () => {
    expect(run(select(modi))).toEqual({ phase: 'offered', quote: modi, status: '' });
    expect(run(select(modi), select(null))).toEqual(IDLE);
  });

  it('stays while the reader uses it, though the link field takes the selection away', () => {
    expect(barVisible(run(select(modi), select(null, true)))).toBe(true);
  });

  it('stays dismissed after Tab or Esc, however the selection moves, until it collapses', () => {
    const left = run(select(modi), { type: 'leave' });
    expect(left.phase).toBe('dismissed');
    // Caret browsing moves the selection late and in steps after focus leaves: none of it reopens the bar.
    expect(barVisible(nextQuoteBarState(left, select(putin)))).toBe(false);
    expect(barVisible(run(select(modi), { type: 'leave' }, select(putin), select(modi)))).toBe(false);
    expect(run(select(modi), { type: 'leave' }, select(null))).toEqual(IDLE);
    expect(barVisible(run(select(modi), { type: 'leave' }, select(null), select(putin)))).toBe(true);
  });

  it('offers again when the pointer starts a new selection', () => {
    expect(barVisible(run(select(modi), { type: 'leave' }, { type: 'pointer-down' }, select(putin)))).toBe(true);
  });

  it('shows what it said for the quote it said it about, and never for the next quote', () => {
    const copied = run(select(modi), { type: 'announced', message: 'Quote link copied' });
    expect(copied).toMatchObject({ status: 'Quote link copied' });
    expect(nextQuoteBarState(copied, select(modi))).toBe(copied);
    expect(nextQuoteBarState(copied, select(putin))).toEqual({ phase: 'offered', quote: putin, status: '' });
  });

  it('ignores a message when no quote is offered', () => {
    expect(run({ type: 'announced', message: 'Quote link copied' })).toEqual(IDLE);
    expect(run({ type: 'leave' })).toEqual(IDLE);
  });
});
