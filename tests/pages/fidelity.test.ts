import { describe, expect, it } from 'vitest';
import { seedLines } from '../support/seed';
import { builtPage, readableText } from '../support/site';

/**
 * The article as a reader reads it, without the explainer's own additions:
 * every element the explainer inserts inside the quoted text (a note number,
 * an absolute date, a card) carries `data-added`, and is set aside here.
 */
function quotedText(): string {
  const $ = builtPage('/sco-2025/');
  $('article.explainer [data-added]').remove();
  return readableText($, 'article.explainer');
}

describe('the built explainer keeps the seed article verbatim', () => {
  const text = quotedText();

  it('contains every line of the seed, in the seed’s order', () => {
    const lines = seedLines();
    expect(lines.length).toBe(33);
    let cursor = 0;
    for (const line of lines) {
      const found = text.indexOf(line, cursor);
      expect(found, `missing or out of order: “${line}”`).toBeGreaterThanOrEqual(0);
      cursor = found + line.length;
    }
  });

  it('keeps the seed’s curly quotes and dashes rather than rewriting them', () => {
    expect(text).toContain('“normal trade”');
    expect(text).toContain('Russia’s influence');
    expect(text).toContain('influence—it seeks');
    expect(text).toContain('restrained Chinese leader – and his warm');
  });
});
