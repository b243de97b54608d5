import { describe, expect, it } from 'vitest';
import { cardPosition } from '../../../src/lib/glossary/client/card-position';

const phone = { width: 360, height: 640 };
const card = { width: 300, height: 150 };
const term = (left: number, top: number, width = 60, height = 20) => ({ left, top, right: left + width, bottom: top + height });

describe('placing the definition card', () => {
  it('puts the card just below the term, aligned with its start', () => {
    expect(cardPosition(term(20, 100), card, phone)).toEqual({ left: 20, top: 128 });
  });

  it('keeps the card inside a narrow screen when the term is near its right edge', () => {
    expect(cardPosition(term(320, 100), card, phone)).toEqual({ left: 52, top: 128 });
    expect(cardPosition(term(-30, 100), card, phone).left).toBe(8);
  });

  it('puts the card above a term near the bottom of the screen', () => {
    expect(cardPosition(term(20, 560), card, phone)).toEqual({ left: 20, top: 402 });
  });

  it('stays below when neither side has room but below has more, and never goes above the top', () => {
    expect(cardPosition(term(20, 200), { width: 300, height: 600 }, phone).top).toBe(228);
    expect(cardPosition(term(20, 630), { width: 300, height: 900 }, phone).top).toBe(8);
  });

  it('pins a card wider than the screen to the left margin', () => {
    expect(cardPosition(term(100, 100), { width: 500, height: 100 }, phone).left).toBe(8);
  });
});
