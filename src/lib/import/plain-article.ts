/**
 * Reads a news article saved as plain text, in the shape the seed article came
 * in: heading lines, paragraph lines (with or without a leading "- "), a video
 * caption followed by its running time, and a credit line at the end. Nothing
 * here changes a word: every line of the input ends up, whole, in exactly one
 * place of the result, and the line it came from travels with it so that an
 * editor's error message can point at it.
 */

/** A piece of the article and the line of the input it came from (1-based). */
export interface SourceLine {
  text: string;
  line: number;
}

/** A run of paragraphs that the importer keeps together as one section of the explainer. */
export interface ImportedSection {
  /** The article's own sub-heading above these paragraphs; none when the article has none here. */
  heading?: SourceLine | undefined;
  /** A video that ran here: its caption and running time ("0:39"). */
  video?: { caption: SourceLine; duration: SourceLine } | undefined;
  paragraphs: SourceLine[];
}

export interface ImportedArticle {
  sections: ImportedSection[];
  /** The article's headline when it stands in the text, and the section it stands before. */
  headline?: { text: string; line: number; beforeSection: number } | undefined;
  /** The closing "… contributed reporting." line. */
  credit?: SourceLine | undefined;
}

/** What is wrong with an input, line by line. */
export class ArticleImportError extends Error {
  readonly problems: readonly SourceLine[];

  constructor(file: string, problems: readonly SourceLine[]) {
    super(`${file} cannot be imported:\n${problems.map(({ line, text }) => `  line ${line}: ${text}`).join('\n')}`);
    this.name = 'ArticleImportError';
    this.problems = problems;
  }
}

const BULLET = /^[-–•]\s+/u;
const RUNNING_TIME = /^\d{1,2}(?::[0-5]\d){1,2}$/u;
/** A credit line names who reported or contributed; it closes the article. */
const CREDIT = /\b(?:contributed (?:to this )?report(?:ing)?|reporting by|reported by|additional reporting)\b/iu;
/** A line that ends like a sentence (or a quotation of one) is prose, never a heading. */
const SENTENCE_END = /[.!?…:;,"”’)\]]$/u;
/** Longer than this, a line without a full stop is still a sentence that lost its stop, not a heading. */
const MAX_HEADING_WORDS = 20;
// C0 and C1 controls other than the tab, and the replacement character that a wrong encoding leaves behind.
const UNREADABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd]/u;

type LineKind = 'paragraph' | 'lead' | 'heading' | 'running-time' | 'credit';

interface ClassifiedLine extends SourceLine {
  kind: LineKind;
}

function headingLike(text: string): boolean {
  return !SENTENCE_END.test(text) && text.split(/\s+/u).length <= MAX_HEADING_WORDS;
}

function classify(lines: readonly SourceLine[]): ClassifiedLine[] {
  const last = lines.at(-1);
  return lines.map((source) => {
    const { text } = source;
    if (BULLET.test(text)) return { ...source, text: text.replace(BULLET, ''), kind: 'paragraph' };
    if (RUNNING_TIME.test(text)) return { ...source, kind: 'running-time' };
    if (source === last && CREDIT.test(text)) return { ...source, kind: 'credit' };
    if (headingLike(text)) return { ...source, kind: 'heading' };
    return { ...source, kind: 'lead' };
  });
}

/**
 * Splits the text into sections. A section starts at each heading, at each
 * video, and, in an article that marks its paragraphs with "- ", at each
 * unmarked paragraph that follows a marked one: in the seed's shape such a
 * paragraph leads a new passage ("Observers said the Russian leader…").
 */
export function readPlainArticle(text: string, file: string): ImportedArticle {
  const lines: SourceLine[] = text
    .split(/\r\n|\r|\n/u)
    .map((raw, index) => ({ text: raw.trim(), line: index + 1 }))
    .filter((line) => line.text !== '');
  const problems: SourceLine[] = [];
  for (const { text: lineText, line } of lines) {
    const bad = UNREADABLE.exec(lineText);
    if (bad) {
      const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      problems.push({ line, text: `holds the character U+${code}, which is not text. Save the article as UTF-8 plain text.` });
    }
  }
  if (lines.length === 0) problems.push({ line: 1, text: 'the file holds no text.' });
  if (problems.length > 0) throw new ArticleImportError(file, problems);

  const classified = classify(lines);
  const marksParagraphs = classified.some((line) => line.kind === 'paragraph');
  const article: ImportedArticle = { sections: [] };
  let current: ImportedSection | undefined;
  const open = (section: ImportedSection) => {
    article.sections.push(section);
    current = section;
    return section;
  };

  for (let index = 0; index < classified.length; index++) {
    const line = classified[index]!;
    const next = classified[index + 1];
    const { text: lineText, line: lineNumber } = line;
    switch (line.kind) {
      case 'credit':
        article.credit = { text: lineText, line: lineNumber };
        break;
      case 'running-time':
        problems.push({
          line: lineNumber,
          text: `"${lineText}" looks like a video's running time, but no caption line stands right before it.`,
        });
        break;
      case 'heading':
        if (next?.kind === 'running-time') {
          open({
            video: { caption: { text: lineText, line: lineNumber }, duration: { text: next.text, line: next.line } },
            paragraphs: [],
          });
          index++;
        } else if (next?.kind === 'heading') {
          if (article.headline) {
            problems.push({
              line: lineNumber,
              text: `"${lineText}" is a heading with no paragraph under it, and the headline was already found on line ${article.headline.line}. End a sentence with its full stop, or give the heading its paragraphs.`,
            });
          } else {
            article.headline = { text: lineText, line: lineNumber, beforeSection: article.sections.length };
          }
        } else if (next === undefined || next.kind === 'credit') {
          problems.push({ line: lineNumber, text: `"${lineText}" is a heading with no paragraph under it.` });
        } else {
          open({ heading: { text: lineText, line: lineNumber }, paragraphs: [] });
        }
        break;
      case 'lead':
      case 'paragraph': {
        const previous = classified[index - 1];
        const leadsNewPassage =
          line.kind === 'lead' &&
          marksParagraphs &&
          current !== undefined &&
          current.paragraphs.length > 0 &&
          previous?.kind === 'paragraph';
        const section = current === undefined || leadsNewPassage ? open({ paragraphs: [] }) : current;
        section.paragraphs.push({ text: lineText, line: lineNumber });
        break;
      }
    }
  }
  if (article.sections.length === 0) problems.push({ line: lines[0]!.line, text: 'the article has no paragraph.' });
  if (problems.length > 0) throw new ArticleImportError(file, problems);
  return article;
}

/** Every line of the input that the article keeps, in the input's order: the test that nothing was lost reads this. */
export function linesInOrder(article: ImportedArticle): SourceLine[] {
  const all: SourceLine[] = article.sections.flatMap((section) => [
    ...(section.heading ? [section.heading] : []),
    ...(section.video ? [section.video.caption, section.video.duration] : []),
    ...section.paragraphs,
  ]);
  if (article.headline) all.push(article.headline);
  if (article.credit) all.push(article.credit);
  return all.sort((a, b) => a.line - b.line);
}
