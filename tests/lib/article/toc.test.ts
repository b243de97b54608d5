import { describe, expect, it } from 'vitest';
import { currentSectionIndex, neighbours, tocItems } from '../../../src/lib/article/toc';

describe('the table of contents', () => {
  it('lists sections with their ids, titles and summaries', () => {
    expect(tocItems([{ data: { id: 'a', title: 'A', summary: 'About A.' } }])).toEqual([{ id: 'a', title: 'A', summary: 'About A.' }]);
  });

  it('marks the last section whose heading has passed the reading line', () => {
    expect(currentSectionIndex([-900, -200, 150, 700], 1000)).toBe(2);
    expect(currentSectionIndex([600, 900], 1000)).toBe(-1);
    // A heading just above the middle, where a text fragment puts its words: that section is the one read.
    expect(currentSectionIndex([-600, 450, 1200], 1000)).toBe(1);
  });

  it('finds the previous and next items, and none past either end', () => {
    expect(neighbours(['a', 'b', 'c'], 1)).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(['a', 'b'], 0)).toEqual({ previous: undefined, next: 'b' });
    expect(neighbours(['a', 'b'], 1)).toEqual({ previous: 'a', next: undefined });
  });
});
