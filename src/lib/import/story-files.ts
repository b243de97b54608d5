import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { Document } from 'yaml';
import type { ImportedArticle, ImportedSection } from './plain-article';

/** A file of the story folder, relative to it. */
export interface StoryFile {
  path: string;
  contents: string;
}

/**
 * The Markdown of one paragraph of the article, escaped so that it renders as
 * exactly its text. mdast-util-to-markdown knows every construct that a
 * character could open (emphasis, headings, list items, block quotes, links,
 * raw HTML, entities, hard breaks) and, with the GFM extension that Astro's
 * processor also runs, strikethrough, tables and autolinks; writing our own
 * escaper would mean re-deriving CommonMark's rules.
 */
export function paragraphMarkdown(text: string): string {
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
  return toMarkdown(tree, { extensions: [gfmToMarkdown()] }).trimEnd();
}

// As the hand-written content files are: every string quoted, so that "0:39" or "No" can never read as a number or a boolean.
const YAML_STYLE = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

/** A section file's frontmatter, before an editor has written its summary. */
interface DraftFrontmatter {
  id: string;
  title: string;
  headingSource: 'article' | 'explainer';
  position: number;
  draft: true;
  video?: { caption: string; duration: string };
}

function frontmatter(data: DraftFrontmatter, todo: string): string {
  const document = new Document(data);
  document.commentBefore = ` Draft: ${todo}`;
  return `---\n${document.toString(YAML_STYLE)}---\n`;
}

function sectionFile(section: ImportedSection, position: number, slugger: GithubSlugger): StoryFile & { id: string } {
  const heading = section.heading?.text;
  const id = heading ? slugger.slug(heading) : slugger.slug(`section ${position}`);
  const data: DraftFrontmatter = {
    id,
    title: heading ?? '',
    headingSource: heading ? 'article' : 'explainer',
    position,
    draft: true,
  };
  if (section.video) data.video = { caption: section.video.caption.text, duration: section.video.duration.text };
  const todo = heading
    ? 'write a one-sentence summary, then remove "draft". Shorten the id now if you like: once published it never changes.'
    : 'the article has no heading here; write a title, an id and a one-sentence summary, then remove "draft".';
  const body = section.paragraphs.map((paragraph) => paragraphMarkdown(paragraph.text)).join('\n\n');
  const number = String(position).padStart(2, '0');
  return { id, path: `sections/${number}-${id}.md`, contents: `${frontmatter(data, todo)}\n${body}\n` };
}

/**
 * The files of a new story folder: one Markdown file per section, numbered in
 * reading order, and a story.yaml with what the text tells (the headline, the
 * credit) and empty fields for what only an editor knows.
 */
export function storyFiles(article: ImportedArticle): StoryFile[] {
  const slugger = new GithubSlugger();
  const sections = article.sections.map((section, index) => sectionFile(section, index + 1, slugger));
  const story = new Document({
    draft: true,
    headline: '',
    dek: '',
    source: {
      headline: article.headline?.text ?? '',
      outlet: '',
      url: '',
      published: '',
      ...(article.headline ? { headlineBefore: sections[article.headline.beforeSection]?.id } : {}),
      credit: article.credit?.text ?? '',
    },
  });
  story.commentBefore =
    ' Draft: fill in the headline and dek (our own words), and the source: its outlet, address and publication\n' +
    ' date (YYYY-MM-DD). The source headline and credit are the article’s own words: leave them as they are.';
  return [...sections.map(({ path, contents }) => ({ path, contents })), { path: 'story.yaml', contents: story.toString(YAML_STYLE) }];
}
