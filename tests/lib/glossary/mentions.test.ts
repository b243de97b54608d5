import { describe, expect, it } from 'vitest';
import { sentenceRanges, sentenceStart } from '../../../src/lib/text/sentences';
import { glossaryMatcher, type GlossaryEntryLike } from '../../../src/lib/glossary/glossary';
import {
  articlePassages,
  checkMentioned,
  findMentions,
  highlightParts,
  markdownBlocks,
  mentionCount,
  mentionsByPlace,
  passageNote,
  type Passage,
} from '../../../src/lib/glossary/mentions';

const entries: GlossaryEntryLike[] = [
  { id: 'vladimir-putin', term: 'Vladimir Putin', kind: 'person', aliases: ['Putin'] },
  { id: 'rsis', term: 'S. Rajaratnam School of International Studies', kind: 'organisation', aliases: [] },
  { id: 'singapore', term: 'Singapore', kind: 'place', aliases: [] },
  { id: 'united-states', term: 'United States', kind: 'place', aliases: ['U.S.', 'US'] },
  { id: 'tianjin', term: 'Tianjin', kind: 'place', aliases: [], context: true },
  { id: 'cnn', term: 'CNN', kind: 'organisation', aliases: [] },
];
const matcher = glossaryMatcher(entries);

const sentences = (text: string, keep: { start: number; end: number }[] = []) =>
  sentenceRanges(text, keep).map(([start, end]) => text.slice(start, end));

describe('reading the article’s words out of Markdown', () => {
  it('gives the plain text of each paragraph and heading, without Markdown syntax', () => {
    expect(markdownBlocks('Putin *said* “[peace](https://x.org)”.\n\n## A `heading`\n\n- one\n- two\n\n> quoted\n> text')).toEqual([
      { kind: 'paragraph', text: 'Putin said “peace”.' },
      { kind: 'heading', text: 'A heading' },
      { kind: 'paragraph', text: 'one' },
      { kind: 'paragraph', text: 'two' },
      { kind: 'paragraph', text: 'quoted text' },
    ]);
  });

  it('lists every passage in the order the page shows it, with the anchor each one leads to', () => {
    const passages = articlePassages(
      [
        { id: 'one', title: 'Our heading', headingSource: 'explainer', body: 'First.\n\nSecond.' },
        { id: 'two', title: 'Their heading', headingSource: 'article', videoCaption: 'A caption', body: 'Third.' },
      ],
      { headline: 'The headline', headlineBefore: 'two', headlineAnchor: 'h', credit: 'The credit', creditAnchor: 'c' },
    );
    expect(passages.map(({ kind, anchor, text }) => `${kind}#${anchor}:${text}`)).toEqual([
      'paragraph#one:First.',
      'paragraph#one:Second.',
      'headline#h:The headline',
      'heading#two:Their heading',
      'caption#two:A caption',
      'paragraph#two:Third.',
      'credit#c:The credit',
    ]);
    expect(passages[3]!.label).toBe('Their heading');
  });

  it('says where a mention stands when it is not in a plain paragraph', () => {
    expect(passageNote('heading')).toBe('the section’s heading');
    expect(passageNote('caption')).toBe('caption of the video');
    expect(passageNote('paragraph')).toBeUndefined();
  });
});

describe('splitting a passage into sentences', () => {
  it('splits after full stops, question marks and closing quotes', () => {
    expect(sentences('It was “opening the way to peace in Ukraine.” “During the talks,” Putin said. Did he? Yes')).toEqual([
      'It was “opening the way to peace in Ukraine.”',
      '“During the talks,” Putin said.',
      'Did he?',
      'Yes',
    ]);
  });

  it('does not split after an initial or an abbreviation such as U.S.', () => {
    expect(sentences('He spoke at Singapore’s S. Rajaratnam School. Critique of the U.S. and its allies. Then U.S. Army.')).toEqual([
      'He spoke at Singapore’s S. Rajaratnam School.',
      'Critique of the U.S. and its allies.',
      'Then U.S. Army.',
    ]);
  });

  it('finds where the sentence around a place begins', () => {
    const text = 'Xi met Putin. Then the U.S. spoke of India and Russia. Done.';
    expect(sentenceStart(text, text.indexOf('India'))).toBe(text.indexOf('Then'));
    expect(sentenceStart(text, 3)).toBe(0);
    expect(sentenceStart(text, text.indexOf('Done'))).toBe(text.indexOf('Done'));
  });

  it('never splits inside a name it is told to keep together', () => {
    const text = 'Talks at Example Inc. Ltd. went well.';
    expect(sentences(text)).toHaveLength(2);
    const start = text.indexOf('Example');
    expect(sentences(text, [{ start, end: start + 'Example Inc. Ltd.'.length }])).toEqual([text]);
  });
});

describe('finding every mention', () => {
  const passage = (text: string, anchor = 'not-alone'): Passage => ({ kind: 'paragraph', anchor, label: 'Not alone', text });

  it('lists every sentence that names an entry, once per sentence, with each mention highlighted', () => {
    const mentions = findMentions(
      [passage('Putin met Putin’s allies. Then the U.S. spoke. Vladimir Putin left.'), passage('Putin again.', 'ukraine-war')],
      matcher,
    );
    const putin = mentions.get('vladimir-putin')!;
    expect(putin.map((mention) => [mention.passage.anchor, mention.sentence])).toEqual([
      ['not-alone', 'Putin met Putin’s allies.'],
      ['not-alone', 'Vladimir Putin left.'],
      ['ukraine-war', 'Putin again.'],
    ]);
    expect(putin[0]!.highlights).toEqual([
      [0, 5],
      [10, 15],
    ]);
    expect(mentions.get('united-states')!.map((mention) => mention.sentence)).toEqual(['Then the U.S. spoke.']);
    expect(mentions.has('tianjin')).toBe(false);
  });

  it('counts every highlighted mention, two in one sentence as two', () => {
    const mentions = findMentions(
      [passage('Putin met Putin’s allies. Then the U.S. spoke.'), passage('Putin again.', 'ukraine-war')],
      matcher,
    );
    expect(mentionCount(mentions.get('vladimir-putin'))).toBe(3);
    expect(mentionCount(mentions.get('tianjin'))).toBe(0);
  });

  it('keeps a long name whole even where the sentence splitter would break it', () => {
    const text = '“Putin will seek,” Li said at Singapore’s S. Rajaratnam School of International Studies, ahead of the gathering.';
    const mentions = findMentions([passage(text)], matcher);
    expect(mentions.get('rsis')![0]!.sentence).toBe(text);
    expect(mentions.get('singapore')![0]!.sentence).toBe(text);
  });

  it('groups mentions by the place they stand, in reading order', () => {
    const mentions = findMentions(
      [passage('Putin spoke. Then Putin left.'), passage('Putin again.', 'ukraine-war'), passage('And Putin.', 'not-alone')],
      matcher,
    );
    const places = mentionsByPlace(mentions.get('vladimir-putin')!);
    expect(places.map((place) => [place.anchor, place.mentions.length])).toEqual([
      ['not-alone', 2],
      ['ukraine-war', 1],
      ['not-alone', 1],
    ]);
    expect(places[0]!.label).toBe('Not alone');
  });

  it('cuts a sentence into plain and highlighted runs for <mark>', () => {
    expect(
      highlightParts({
        sentence: 'Putin met Putin’s allies.',
        highlights: [
          [0, 5],
          [10, 15],
        ],
      }),
    ).toEqual([
      { text: 'Putin', marked: true },
      { text: ' met ', marked: false },
      { text: 'Putin', marked: true },
      { text: '’s allies.', marked: false },
    ]);
    expect(highlightParts({ sentence: 'CNN', highlights: [[0, 3]] })).toEqual([{ text: 'CNN', marked: true }]);
  });

  it('fails for an entry the article never names, naming the file, the entry and the forms looked for', () => {
    const mentions = findMentions([passage('Putin and CNN in Singapore, S. Rajaratnam School of International Studies.')], matcher);
    expect(() => checkMentioned(entries, mentions, 'content/glossary.yaml')).toThrow(
      'content/glossary.yaml: \n  entry "united-states": the article never mentions it (looked for "United States", "U.S.", "US")',
    );
  });

  it('lets a context entry go unmentioned', () => {
    const mentions = findMentions([passage('Putin and CNN in Singapore, S. Rajaratnam School of International Studies; the US.')], matcher);
    expect(() => checkMentioned(entries, mentions, 'content/glossary.yaml')).not.toThrow();
  });
});
