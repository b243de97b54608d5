import { describe, expect, it } from 'vitest';
import { AVERAGE_CHARACTER_WIDTH, renderPreviewImage, TITLE_BOX, titleFontSize, wrappedLineCount } from '../../src/lib/preview-image';
import { pngSize } from '../support/png';

describe('link-preview images', () => {
  it('counts the lines a text wraps to, breaking a word longer than a line', () => {
    expect(wrappedLineCount('one two three', 7)).toBe(2);
    expect(wrappedLineCount('one two', 7)).toBe(1);
    expect(wrappedLineCount('abcdefghij', 4)).toBe(3);
  });

  it('sets a short title large enough to read on a thumbnail', () => {
    expect(titleFontSize('Close rapport')).toBe(88);
  });

  it('sets a longer title smaller, so that all of it fits', () => {
    const title = 'A Tactical Alliance Transforming World Influence, and what it means for India, China and Russia now';
    const size = titleFontSize(title);
    expect(size).not.toBeNull();
    expect(size!).toBeLessThan(88);
    const perLine = Math.floor(TITLE_BOX.width / (size! * AVERAGE_CHARACTER_WIDTH));
    expect(wrappedLineCount(title, perLine) * size! * 1.12).toBeLessThanOrEqual(TITLE_BOX.height);
  });

  it('refuses a title too long to show whole instead of cutting it off', async () => {
    const title = 'word '.repeat(120).trim();
    expect(titleFontSize(title)).toBeNull();
    await expect(renderPreviewImage({ kicker: 'Part 1 of 1', title, footer: 'Explainer' })).rejects.toThrow(/too long/);
  });

  it('draws a 1200 × 630 PNG', async () => {
    const png = await renderPreviewImage({ kicker: 'Part 1 of 8', title: 'Close rapport', footer: 'The explainer' });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});
