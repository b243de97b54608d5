import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { ContentError } from '../base/content-error';
import { formsOf, type GlossaryEntryLike } from './glossary';
import type { TermMatcher } from '../text/term-matcher';
import { sentenceRanges } from '../text/sentences';

/** Where in the article a passage stands. */
export type PassageKind = 'paragraph' | 'heading' | 'headline' | 'caption' | 'credit';

/** One run of the article's own words: a paragraph, a heading, the headline, a caption or the credit line. */
export interface Passage {
  kind: PassageKind;
  /** The fragment that leads to it on the explainer page, without "#". */
  anchor: string;
  /** What a reader sees as the place of the mention, such as the section's title. */
  label: string;
  text: string;
}

/** The parts of a section that hold the article's words. */
export interface SectionText {
  id: string;
  title: string;
  /** Only headings taken from the article are the article's words. */
  headingSource: 'article' | 'explainer';
  /** The caption of a video that ran with the section, verbatim. */
  videoCaption?: string | undefined;
  /** The section's Markdown. */
  body: string;
}

/** The article's words that stand outside the sections. */
export interface ArticleFrame {
  /** The source's headline and the id of the section it stands before. */
  headline: string;
  headlineBefore?: string | undefined;
  headlineAnchor: string;
  credit: string;
  creditAnchor: string;
}

/** The plain text of each paragraph and heading of a Markdown document, in order. */
export function markdownBlocks(markdown: string): { kind: 'paragraph' | 'heading'; text: string }[] {
  const blocks: { kind: 'paragraph' | 'heading'; text: string }[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (text) blocks.push({ kind: node.type, text });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromMarkdown(markdown));
  return blocks;
}

/** Every passage of the article's own words, in the order the explainer page shows them. */
export function articlePassages(sections: readonly SectionText[], frame: ArticleFrame): Passage[] {
  const passages: Passage[] = [];
  for (const section of sections) {
    if (section.id === frame.headlineBefore) {
      passages.push({ kind: 'headline', anchor: frame.headlineAnchor, label: 'Headline of the source article', text: frame.headline });
    }
    const inSection = (kind: PassageKind, text: string): Passage => ({ kind, anchor: section.id, label: section.title, text });
    if (section.headingSource === 'article') passages.push(inSection('heading', section.title));
    if (section.videoCaption) passages.push(inSection('caption', section.videoCaption));
    for (const block of markdownBlocks(section.body)) passages.push(inSection(block.kind, block.text));
  }
  passages.push({ kind: 'credit', anchor: frame.creditAnchor, label: 'Credit line', text: frame.credit });
  return passages;
}

/** One sentence of the article that mentions an entry, with each mention's place in the sentence. */
export interface Mention {
  entryId: string;
  passage: Omit<Passage, 'text'>;
  sentence: string;
  /** [start, end) of each mention of the entry within `sentence`. */
  highlights: [number, number][];
}

/**
 * Every sentence that mentions each entry, in reading order: the index at the
 * back of a book. Unlike the links, which mark only the first mention in a
 * section, this lists them all.
 */
export function findMentions(passages: readonly Passage[], matcher: TermMatcher<string>): Map<string, Mention[]> {
  const mentions = new Map<string, Mention[]>();
  for (const { text, ...passage } of passages) {
    const matches = matcher.findAll(text);
    if (matches.length === 0) continue;
    for (const [start, end] of sentenceRanges(text, matches)) {
      const bySentence = new Map<string, Mention>();
      for (const match of matches) {
        if (match.start < start || match.end > end) continue;
        let mention = bySentence.get(match.key);
        if (!mention) {
          mention = { entryId: match.key, passage, sentence: text.slice(start, end), highlights: [] };
          bySentence.set(match.key, mention);
          mentions.set(match.key, [...(mentions.get(match.key) ?? []), mention]);
        }
        mention.highlights.push([match.start - start, match.end - start]);
      }
    }
  }
  return mentions;
}

/**
 * How many times the article names an entry: every occurrence its page
 * highlights, so a sentence that names it twice ("New Delhi … India") counts
 * twice. The one count that the glossary, the entry page and the search card
 * show.
 */
export function mentionCount(mentions: readonly Pick<Mention, 'highlights'>[] | undefined): number {
  return (mentions ?? []).reduce((sum, mention) => sum + mention.highlights.length, 0);
}

/** A sentence cut into plain and highlighted runs, ready to render with <mark>. */
export function highlightParts(mention: Pick<Mention, 'sentence' | 'highlights'>): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let cursor = 0;
  for (const [start, end] of mention.highlights) {
    if (start > cursor) parts.push({ text: mention.sentence.slice(cursor, start), marked: false });
    parts.push({ text: mention.sentence.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < mention.sentence.length) parts.push({ text: mention.sentence.slice(cursor), marked: false });
  return parts;
}

/**
 * Fails when an entry is never mentioned in the article, unless it is marked
 * as context: an entry nobody can reach from the text is usually an alias
 * that does not match what the article says.
 */
export function checkMentioned(
  entries: readonly GlossaryEntryLike[],
  mentions: ReadonlyMap<string, readonly Mention[]>,
  file: string,
): void {
  const problems = entries
    .filter((entry) => !entry.context && !mentions.get(entry.id)?.length)
    .map(
      (entry) =>
        `entry "${entry.id}": the article never mentions it (looked for ${formsOf(entry)
          .map((form) => `"${form}"`)
          .join(
            ', ',
          )}). Add the form the article uses to its aliases (matching is whole-word and case-sensitive), or set \`context: true\` if the entry is there only for the notes or the timeline.`,
    );
  if (problems.length > 0) throw new ContentError(file, `\n  ${problems.join('\n  ')}`);
}

/** A word on where a passage stands, for those that are not plain paragraphs. */
export function passageNote(kind: PassageKind): string | undefined {
  return {
    paragraph: undefined,
    heading: 'the section’s heading',
    headline: undefined,
    caption: 'caption of the video',
    credit: undefined,
  }[kind];
}

/** The mentions that stand in one place of the article (a section, the headline, the credit), in reading order. */
export interface MentionPlace {
  anchor: string;
  label: string;
  mentions: Mention[];
}

/** Mentions grouped by where they stand, so a section that names an entry five times is listed once. */
export function mentionsByPlace(mentions: readonly Mention[]): MentionPlace[] {
  const places: MentionPlace[] = [];
  for (const mention of mentions) {
    const last = places.at(-1);
    if (last && last.anchor === mention.passage.anchor) last.mentions.push(mention);
    else places.push({ anchor: mention.passage.anchor, label: mention.passage.label, mentions: [mention] });
  }
  return places;
}
