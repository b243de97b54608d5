import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { load } from 'cheerio';
import type { Link, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { siteMarkdownOptions as markdownOptions } from './render';
import remarkGlossaryLinks from '../../src/markdown/remark-glossary-links';
import type { GlossaryEntry } from '../../src/schemas/glossary';

const base = { context: false, contextFor: [], sources: [{ title: 'A source', url: 'https://example.org/' }] };
const entries: GlossaryEntry[] = [
  { ...base, id: 'xi-jinping', term: 'Xi Jinping', kind: 'person', aliases: ['Xi'], definition: 'President of China.' },
  { ...base, id: 'russia', term: 'Russia', kind: 'place', aliases: [], definition: 'A country.' },
  { ...base, id: 'sco', term: 'SCO', kind: 'organisation', aliases: [], definition: 'A bloc.' },
];

/** Runs the plugin alone on Markdown and returns the tree. */
function link(markdown: string): Root {
  const tree = fromMarkdown(markdown);
  remarkGlossaryLinks({ entries })(tree);
  return tree;
}

function links(tree: Root): { text: string; url: string; id: unknown }[] {
  const found: { text: string; url: string; id: unknown }[] = [];
  visit(tree, 'link', (node: Link) => {
    found.push({ text: toString(node), url: node.url, id: node.data?.hProperties?.['dataGlossaryId'] });
  });
  return found;
}

describe('the glossary linker alone', () => {
  it('links the first mention of each entry in a document, and only the first', () => {
    const tree = link('Xi met Russia’s leader. Xi Jinping spoke.\n\nRussia and Xi again; the SCO too.');
    expect(links(tree)).toEqual([
      { text: 'Xi', url: '/glossary/xi-jinping/', id: 'xi-jinping' },
      { text: 'Russia', url: '/glossary/russia/', id: 'russia' },
      { text: 'SCO', url: '/glossary/sco/', id: 'sco' },
    ]);
  });

  it('keeps the words of the text exactly, and adds none of its own', () => {
    const markdown = 'Xi met Russia’s leader at the SCO.';
    expect(toString(link(markdown))).toBe(markdown);
  });

  it('never matches part of a word', () => {
    expect(links(link('Xinhua reported the score; XiXi; Russian and Russias.'))).toEqual([]);
  });

  it('leaves headings and existing links alone, and links the next mention instead', () => {
    const tree = link('## Xi and Russia\n\nSee [Xi’s speech](https://example.org/) on Russia. Then Xi.');
    expect(links(tree)).toEqual([
      { text: 'Xi’s speech', url: 'https://example.org/', id: undefined },
      { text: 'Russia', url: '/glossary/russia/', id: 'russia' },
      { text: 'Xi', url: '/glossary/xi-jinping/', id: 'xi-jinping' },
    ]);
  });

  it('does not link inside text that another plugin marked as added', () => {
    const tree = link('Xi spoke.');
    const paragraph = tree.children[0] as import('mdast').Paragraph;
    paragraph.children.unshift({
      type: 'emphasis',
      children: [{ type: 'text', value: 'Russia ' }],
      data: { hProperties: { dataAdded: '' } },
    });
    remarkGlossaryLinks({ entries })(tree);
    expect(links(tree).map((found) => found.text)).toEqual(['Xi']);
  });

  it('starts afresh in each document, as each section is one', () => {
    const plugin = remarkGlossaryLinks({ entries });
    const first = fromMarkdown('Xi spoke.');
    const second = fromMarkdown('Xi spoke.');
    plugin(first);
    plugin(second);
    expect(links(first)).toHaveLength(1);
    expect(links(second)).toHaveLength(1);
  });
});

describe('the glossary linker in Astro’s Markdown pipeline', () => {
  const render = async (markdown: string, id = 'fixture-section') =>
    load((await (await createMarkdownProcessor({ ...markdownOptions })).render(markdown, { frontmatter: { id } })).code);

  it('renders a link to the entry, described by the who’s who entry’s definition', async () => {
    const $ = await render('The SCO summit is also the leaders’ first opportunity to meet since Putin’s summit with Trump in Alaska.');
    const sco = $('a.glossary-term[data-glossary-id="sco"]');
    expect(sco.text()).toBe('SCO');
    expect(sco.attr('href')).toBe('/glossary/sco/');
    expect(sco.attr('aria-describedby')).toBe('term-sco-definition');
    expect($('[hidden], .glossary-definition').length).toBe(0);
    expect(
      $('a.glossary-term')
        .map((_, element) => $(element).text())
        .get(),
    ).toEqual(['SCO', 'Putin', 'Trump', 'Alaska']);
  });

  it('keeps the quoted words verbatim once the added definitions are set aside', async () => {
    const sentence =
      'Moscow launched a full scale invasion of Ukraine in February 2022, after Russia’s troops previously seized the Crimea.';
    const $ = await render(sentence);
    $('[data-added]').remove();
    expect($('p').text()).toBe(sentence);
    expect($('a.glossary-term').length).toBe(5);
  });

  it('links nothing inside a heading, even one with a permalink', async () => {
    const $ = await render('## Xi and Putin\n\nNo names here.');
    expect($('h2 a.glossary-term').length).toBe(0);
    expect($('.glossary-term').length).toBe(0);
  });

  it('runs last among the remark plugins, so that it sees what the others leave', () => {
    const remark = markdownOptions.remarkPlugins;
    const last = remark[remark.length - 1];
    expect(Array.isArray(last) ? last[0] : last).toBe(remarkGlossaryLinks);
  });
});
