import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import remarkRejectRawHtml from '../../src/markdown/remark-reject-raw-html';
import { renderLikeAstro } from './render';

describe('remark-reject-raw-html', () => {
  it('fails on raw HTML, quoting it and giving its line', async () => {
    const processor = remark().use(remarkRejectRawHtml);
    const run = () => processor.run(processor.parse('Fine.\n\n<img src=x onerror=alert(1)>'));
    await expect(run()).rejects.toThrow('Raw HTML is not allowed in content (found "<img src=x onerror=alert(1)>")');
    await expect(run()).rejects.toMatchObject({ line: 3 });
  });

  it('lets escaped angle brackets through as text', async () => {
    const { code } = await renderLikeAstro('A \\<b> tag.');
    expect(code).toBe('<p>A &#x3C;b> tag.</p>');
  });

  it('stops Astro’s pipeline too', async () => {
    await expect(renderLikeAstro('<script>alert(1)</script>')).rejects.toThrow('Raw HTML is not allowed');
  });

  it('keeps the article’s punctuation exactly as written', async () => {
    const { code } = await renderLikeAstro('He said "fine" -- and left...');
    expect(code).toBe('<p>He said "fine" -- and left...</p>');
  });
});
