import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleImportError, linesInOrder, readPlainArticle } from '../../../src/lib/import/plain-article';
import { seedLines } from '../../support/seed';

const seedText = readFileSync(new URL('../../fixtures/seed.txt', import.meta.url), 'utf8');

describe('reading a plain-text article in the seed’s shape', () => {
  const article = readPlainArticle(seedText, 'seed.txt');

  it('keeps every line of the seed, verbatim and in order, each in one place', () => {
    expect(linesInOrder(article).map((line) => line.text)).toEqual(seedLines());
  });

  it('finds the sub-headings, the headline, the video and the credit line', () => {
    expect(article.sections.map((section) => section.heading?.text ?? section.video?.caption.text ?? '(untitled)')).toEqual([
      '(untitled)',
      'A Tactical Alliance Transforming World Influence',
      'Close rapport',
      '(untitled)',
      '(untitled)',
      'Ukraine war looms over summit',
      'Xi, Putin and Modi share a laugh at security summit',
    ]);
    expect(article.headline).toMatchObject({
      text: 'China’s Xi rolls out the red carpet for Putin and Modi as Trump upends global relations',
      beforeSection: 5,
    });
    expect(article.sections[6]?.video?.duration.text).toBe('0:39');
    expect(article.credit?.text).toBe('CNN’s Xenixnews Darya Tarasova contributed reporting.');
  });

  it('starts a passage at an unmarked paragraph after marked ones, as the seed’s lead lines do', () => {
    expect(article.sections[3]?.paragraphs[0]?.text).toMatch(/^The SCO summit is also the leaders’ first opportunity/);
    expect(article.sections[4]?.paragraphs[0]?.text).toMatch(/^Observers said the Russian leader/);
    expect(article.sections[6]?.paragraphs[0]?.text).toMatch(/^On Monday, Modi highlighted/);
  });

  it('keeps unmarked paragraphs together when no paragraph is marked', () => {
    const plain = readPlainArticle('Heading one\nFirst paragraph, a sentence.\nSecond paragraph, another.\n', 'plain.txt');
    expect(plain.sections).toHaveLength(1);
    expect(plain.sections[0]?.paragraphs.map((p) => p.line)).toEqual([2, 3]);
  });
});

describe('a broken article', () => {
  const problems = (text: string) => {
    try {
      readPlainArticle(text, 'broken.txt');
    } catch (error) {
      if (error instanceof ArticleImportError) return { lines: error.problems.map((p) => p.line), message: error.message };
      throw error;
    }
    throw new Error('expected the import to fail');
  };

  it('names a running time with no caption before it, by line', () => {
    const { lines, message } = problems('- A first paragraph.\n\n0:39\n- Another paragraph.');
    expect(lines).toEqual([3]);
    expect(message).toContain('broken.txt cannot be imported:\n  line 3: "0:39" looks like a video\'s running time');
  });

  it('names a heading with nothing under it', () => {
    expect(problems('- A paragraph.\nA lonely heading').lines).toEqual([2]);
  });

  it('names a second pair of headings, as only the headline may stand over a heading', () => {
    const { lines, message } = problems('- One.\nHeadline here\nHeading here\n- Two.\nAnother stray line\nHeading again\n- Three.');
    expect(lines).toEqual([5]);
    expect(message).toContain('the headline was already found on line 2');
  });

  it('names a character that is not text, as a wrong encoding leaves', () => {
    const { lines, message } = problems('- Fine.\n- Caf\uFFFD au lait.\n- Bell \u0007 here.');
    expect(lines).toEqual([2, 3]);
    expect(message).toContain('line 2: holds the character U+FFFD');
    expect(message).toContain('line 3: holds the character U+0007');
  });

  it('says so for an empty file', () => {
    expect(problems('\n  \n').message).toContain('line 1: the file holds no text.');
  });
});
