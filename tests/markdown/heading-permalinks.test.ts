import { load } from 'cheerio';
import { toHtml } from 'hast-util-to-html';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { remark } from 'remark';
import remarkRehype from 'remark-rehype';
import { describe, expect, it } from 'vitest';
import { autolinkOptions, permalink } from '../../src/markdown/markup/permalink';
import { renderLikeAstro } from './render';

async function alone(markdown: string) {
  const file = await remark()
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(rehypeAutolinkHeadings, autolinkOptions)
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

describe('heading permalinks', () => {
  it('appends an empty, labelled permalink to each heading with an id', async () => {
    const $ = load(await alone('### Who was there\n\nText.'));
    const link = $('h3 a.heading-permalink');
    expect(link.attr('href')).toBe('#who-was-there');
    expect(link.attr('aria-label')).toBe('Link to “Who was there”');
    expect(link.text()).toBe('');
    expect(link.is('[data-pagefind-ignore]')).toBe(true);
    expect($('h3').text()).toBe('Who was there');
  });

  it('leaves headings without an id alone', async () => {
    const file = await remark().use(remarkRehype).use(rehypeAutolinkHeadings, autolinkOptions).use(rehypeStringify).process('### No id');
    expect(String(file)).toBe('<h3>No id</h3>');
  });

  it('are the same markup in Markdown headings and in the components’ headings', async () => {
    expect(await alone('## Who was there')).toBe(
      `<h2 id="who-was-there">Who was there${toHtml(permalink('who-was-there', 'Who was there'))}</h2>`,
    );
  });

  it('keep the permalink out of the heading text Astro collects', async () => {
    // A made-up id: the real sections carry timeline links and notes whose words this fixture lacks.
    const { metadata, code } = await renderLikeAstro('### Who was there', { id: 'some-part' });
    expect(metadata.headings).toEqual([{ depth: 3, slug: 'some-part--who-was-there', text: 'Who was there' }]);
    expect(code).toContain('href="#some-part--who-was-there"');
  });
});
