import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readPlainArticle } from '../../../src/lib/import/plain-article';
import { storyFiles } from '../../../src/lib/import/story-files';
import { renderLikeAstro } from '../../markdown/render';

const seedText = readFileSync(new URL('../../fixtures/seed.txt', import.meta.url), 'utf8');

function splitFrontmatter(contents: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)---\n([\s\S]*)$/u.exec(contents);
  if (!match) throw new Error(`no frontmatter in:\n${contents}`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** The text of each paragraph as a reader gets it: the rendered HTML without what the site adds (hidden definitions, note markers). */
async function renderedParagraphs(markdown: string): Promise<string[]> {
  const { code } = await renderLikeAstro(markdown, { id: 'imported' });
  const tree = fromHtml(code, { fragment: true });
  visit(tree, 'element', (node, index, parent) => {
    if (node.properties['dataAdded'] === undefined || parent === undefined || index === undefined) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return selectAll('p', tree).map((paragraph) => toString(paragraph));
}

describe('the files of an imported story', () => {
  const files = storyFiles(readPlainArticle(seedText, 'seed.txt'));

  it('numbers the section files in reading order, named by their headings', () => {
    expect(files.map((file) => file.path)).toEqual([
      'sections/01-section-1.md',
      'sections/02-a-tactical-alliance-transforming-world-influence.md',
      'sections/03-close-rapport.md',
      'sections/04-section-4.md',
      'sections/05-section-5.md',
      'sections/06-ukraine-war-looms-over-summit.md',
      'sections/07-section-7.md',
      'story.yaml',
    ]);
  });

  it('marks every section as a draft until an editor writes its summary', () => {
    const close = splitFrontmatter(files[2]!.contents).data;
    expect(close).toEqual({ id: 'close-rapport', title: 'Close rapport', headingSource: 'article', position: 3, draft: true });
    const video = splitFrontmatter(files[6]!.contents).data;
    expect(video).toMatchObject({
      title: '',
      headingSource: 'explainer',
      video: { caption: 'Xi, Putin and Modi share a laugh at security summit', duration: '0:39' },
    });
  });

  it('writes the headline and credit into story.yaml, and leaves the editor’s fields empty', () => {
    expect(parse(files.at(-1)!.contents)).toEqual({
      draft: true,
      headline: '',
      dek: '',
      source: {
        headline: 'China’s Xi rolls out the red carpet for Putin and Modi as Trump upends global relations',
        outlet: '',
        url: '',
        published: '',
        headlineBefore: 'ukraine-war-looms-over-summit',
        credit: 'CNN’s Xenixnews Darya Tarasova contributed reporting.',
      },
    });
  });

  it('renders each seed paragraph as the seed’s own words', async () => {
    const paragraphs = (
      await Promise.all(files.slice(0, -1).map((file) => renderedParagraphs(splitFrontmatter(file.contents).body)))
    ).flat();
    expect(paragraphs[0]).toBe(
      'Xi, receiving Putin with significant formality, emphasized that China views itself as a force beyond mere regional influence—it seeks to create an alternative international order. For Putin, whose nation has been experiencing increasing isolation from the West due to persistent sanctions and disputes, China serves as a vital ally in maintaining Russia’s influence. The two leaders are showcasing their collaboration as the basis for a new multipolar world order.',
    );
    expect(paragraphs.at(-1)).toBe(
      'Observers say that Xi sees the gathering – and a massive military parade that he’ll host on Wednesday in Beijing, expected to be attended by Putin, North Korea’s Kim Jong Un as well as some two dozen other leaders – as a critically timed diplomatic push.',
    );
    expect(paragraphs).toHaveLength(26);
  });
});

// Pieces that Markdown or HTML would read as syntax, and text from other scripts, mixed into generated paragraphs.
const SYNTAX = [
  '*',
  '**',
  '_',
  '__',
  '`',
  '~~',
  '#',
  '# ',
  '1. ',
  '2) ',
  '> ',
  '- ',
  '+ ',
  '[',
  ']',
  '(',
  ')',
  '![',
  '](x)',
  '<b>',
  '</i>',
  '<!-- ',
  ' -->',
  '&amp;',
  '&copy;',
  '&#65;',
  '\\',
  '|',
  '---',
  '===',
  'https://example.org/a_b*c',
  'www.example.com',
  'user@example.org',
  '[^1]',
  ':smile:',
  '  ',
  '\t',
  '{',
  '}',
  '$x$',
];
const TEXT = [
  'Xi',
  'Putin',
  'Modi',
  'SCO',
  '“quoted”',
  '‘single’',
  '—',
  '–',
  '…',
  '50%',
  '0:39',
  'Шанхай',
  '上海合作组织',
  'नरेन्द्र',
  'مرحبا',
  'שלום',
  '👍🏽',
  '🇨🇳',
  'e\u0301',
  '\u00a0',
  'café',
  'U.S.',
  'don’t',
  "it's",
];
const piece = fc.oneof(fc.constantFrom(...SYNTAX), fc.constantFrom(...TEXT), fc.string({ unit: 'grapheme', maxLength: 6 }));
// A paragraph is one line of text with something on it; control characters are refused by the importer (tested above).
const paragraph = fc
  .array(piece, { minLength: 1, maxLength: 14 })
  .map((pieces) =>
    pieces
      .join(' ')
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\ufffd]/gu, '')
      .trim(),
  )
  .filter((text) => text !== '');

describe('importing any paragraph (property)', () => {
  it('renders the article’s text unchanged: nothing lost, added or reordered', async () => {
    const processorReady = renderedParagraphs('warm-up');
    await processorReady;
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 12 }), async (paragraphs) => {
        const text = `Generated heading\n${paragraphs.map((line) => `- ${line}`).join('\n')}\n`;
        const [section] = storyFiles(readPlainArticle(text, 'generated.txt'));
        const rendered = await renderedParagraphs(splitFrontmatter(section!.contents).body);
        expect(rendered).toEqual(paragraphs);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a heading or caption word for word in the frontmatter', () => {
    fc.assert(
      fc.property(paragraph, (title) => {
        const section = { heading: { text: title, line: 1 }, paragraphs: [{ text: 'A paragraph.', line: 2 }] };
        const [file] = storyFiles({ sections: [section] });
        expect(splitFrontmatter(file!.contents).data['title']).toBe(title);
      }),
      { numRuns: 1000 },
    );
  });
});
