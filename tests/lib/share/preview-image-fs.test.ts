import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { previewCardSvg, renderPreviewImage, titleFontSize, wrappedLineCount } from '../../../src/lib/share/preview-image-fs';
import { pngSize } from '../../support/png';

/** The card's ink colour (#1c1b19) and its rule above the footer (#d9d5cc), as drawn. */
const isInk = (r: number, g: number, b: number) => r < 60 && g < 60 && b < 60;
const isRule = (r: number, g: number, b: number) => Math.abs(r - 0xd9) < 6 && Math.abs(g - 0xd5) < 6 && Math.abs(b - 0xcc) < 6;

/**
 * Where the card's dark text and its footer rule are drawn, read from the
 * pixels that resvg renders from the card's SVG: the rows that hold ink, and
 * the first row that is rule colour across most of the card's width.
 */
async function drawnRows(title: string, text?: string) {
  const card = { kicker: 'Part 2 of 8', title, footer: 'The explainer', brand: 'SCO 2025 explained' };
  const image = new Resvg(await previewCardSvg(text === undefined ? card : { ...card, text })).render();
  const { width, height, pixels } = image;
  const inkRows: number[] = [];
  let ruleRow: number | undefined;
  for (let y = 0; y < height; y++) {
    let ink = 0;
    let rule = 0;
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      if (isInk(pixels[at]!, pixels[at + 1]!, pixels[at + 2]!)) ink++;
      if (isRule(pixels[at]!, pixels[at + 1]!, pixels[at + 2]!)) rule++;
    }
    if (ink > 0) inkRows.push(y);
    if (ruleRow === undefined && rule > width * 0.8) ruleRow = y;
  }
  return { height, inkRows, ruleRow };
}

describe('link-preview images', () => {
  it('counts the lines a text wraps to, breaking a word longer than a line', () => {
    expect(wrappedLineCount('one two three', 7)).toBe(2);
    expect(wrappedLineCount('one two', 7)).toBe(1);
    expect(wrappedLineCount('abcdefghij', 4)).toBe(3);
  });

  it('sets a short title large enough to read on a thumbnail', () => {
    expect(titleFontSize('Close rapport')).toBe(88);
  });

  it('sets a longer title smaller, and draws all of it above the footer', async () => {
    const title = 'A Tactical Alliance Transforming World Influence, and what it means for India, China and Russia now';
    expect(titleFontSize(title)).toBeLessThan(88);
    const { height, inkRows, ruleRow } = await drawnRows(title);
    // The footer rule is still on the card, with room for the footer below it: nothing pushed it off.
    expect(ruleRow).toBeDefined();
    expect(ruleRow!).toBeLessThan(height - 60);
    // No line of the title runs down onto or past the rule.
    expect(inkRows.filter((y) => y >= ruleRow!)).toEqual([]);
    // And the title is there: ink across several lines' worth of rows below the brand line.
    expect(inkRows.filter((y) => y > 140).length).toBeGreaterThan(100);
  });

  it('refuses a title too long to show whole instead of cutting it off', async () => {
    const title = 'word '.repeat(120).trim();
    expect(titleFontSize(title)).toBeNull();
    await expect(renderPreviewImage({ kicker: 'Part 1 of 1', title, footer: 'Explainer', brand: 'SCO 2025 explained' })).rejects.toThrow(
      /too long/,
    );
  });

  it('draws a glossary card’s name and a long definition whole, above the footer', async () => {
    // As long as the longest definition in content/glossary.yaml (276 characters) and then some.
    const definition =
      'A principle of the United Nations Charter: every state is equal in sovereignty, and no state may interfere in the internal affairs of another, which China and Russia cite against Western sanctions and criticism of how they govern, and which their critics say they apply selectively.';
    const { height, inkRows, ruleRow } = await drawnRows('Sovereignty and non-interference', definition);
    expect(ruleRow!).toBeLessThan(height - 60);
    expect(inkRows.filter((y) => y >= ruleRow!)).toEqual([]);
    // Lines of ink under the brand line, as runs of rows: the name on one line and the definition on four.
    const lines = inkRows.filter((y, index) => y > 140 && inkRows[index - 1] !== y - 1);
    expect(lines.length).toBe(5);
    await expect(
      renderPreviewImage({ kicker: 'Idea', title: 'A term', text: 'word '.repeat(200).trim(), footer: 'x', brand: 'SCO 2025 explained' }),
    ).rejects.toThrow(/too long/);
  });

  it('draws a 1200 × 630 PNG', async () => {
    const png = await renderPreviewImage({
      kicker: 'Part 1 of 8',
      title: 'Close rapport',
      footer: 'The explainer',
      brand: 'SCO 2025 explained',
    });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('keeps each drawn image, and reads it back instead of drawing it again', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'preview-cache-'));
    try {
      const card = { kicker: 'Part 2 of 8', title: 'A cached card', footer: 'The explainer', brand: 'SCO 2025 explained' };
      const drawn = await renderPreviewImage(card, { cacheDir });
      const [file] = readdirSync(cacheDir);
      expect(readdirSync(cacheDir)).toHaveLength(1);
      // What the cache holds is what the next build gets: a marker written there comes back unchanged.
      writeFileSync(join(cacheDir, file!), 'marker');
      expect(Buffer.from(await renderPreviewImage(card, { cacheDir })).toString()).toBe('marker');
      // Another card is drawn and kept beside it.
      const other = await renderPreviewImage({ ...card, title: 'Another card' }, { cacheDir });
      expect(pngSize(other)).toEqual({ width: 1200, height: 630 });
      expect(pngSize(drawn)).toEqual({ width: 1200, height: 630 });
      expect(readdirSync(cacheDir)).toHaveLength(2);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
