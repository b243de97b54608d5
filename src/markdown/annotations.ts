import type { Element, ElementContent, Properties } from 'hast';
import type { Data, Parent, PhrasingContent, Root, Text } from 'mdast';
import { CONTINUE, EXIT, SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { storySlugOfFile } from '../lib/content/story-folders';
import { findPhrase } from '../lib/text/phrase';

/**
 * A node the explainer adds to the article, or wraps around its words: a note
 * number, an absolute date, a notes list. remark-rehype renders it as the
 * element named in `data.hName`, with `data.hChildren` when it has no words of
 * the article inside.
 */
export interface Annotation extends Parent {
  type: 'annotation';
  children: PhrasingContent[];
  data: Data & { hName: string; hProperties?: Properties; hChildren?: ElementContent[] };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    annotation: Annotation;
  }
  interface RootContentMap {
    annotation: Annotation;
  }
}

/** An annotation that wraps words of the article; their text is kept as it is. */
export function wrap(tagName: string, properties: Properties, children: PhrasingContent[]): Annotation {
  return { type: 'annotation', data: { hName: tagName, hProperties: properties }, children };
}

/** An annotation holding only the explainer's own content, given as HTML elements. */
export function insert(tagName: string, properties: Properties, content: ElementContent[]): Annotation {
  return { type: 'annotation', data: { hName: tagName, hProperties: properties, hChildren: content }, children: [] };
}

/** A hast element built for the page (src/markdown/markup/), placed in the Markdown tree as it is. */
export function fromHast(element: Element): Annotation {
  return insert(element.tagName, element.properties, element.children);
}

/** The section id from the frontmatter that Astro puts on the file. */
export function sectionIdOf(file: VFile): string | undefined {
  const astro = file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
  const id = astro?.frontmatter?.['id'];
  return typeof id === 'string' ? id : undefined;
}

/**
 * The section being rendered and the story it belongs to, each from where it
 * is given: the id from the frontmatter, the story from the file's folder.
 * Undefined for Markdown that is not a story's section.
 */
export function sectionOf(file: VFile): { storySlug: string; sectionId: string } | undefined {
  const sectionId = sectionIdOf(file);
  const storySlug = file.path ? storySlugOfFile(file.path) : undefined;
  return sectionId === undefined || storySlug === undefined ? undefined : { storySlug, sectionId };
}

/**
 * The file being rendered, relative to the project, for error messages. Written without node:path so that the
 * plugins stay free of Node: a file outside the project keeps its full path.
 */
export function fileName(file: VFile): string {
  if (!file.path) return 'the Markdown being rendered';
  const project = `${file.cwd.replace(/\/+$/, '')}/`;
  return file.path.startsWith(project) ? file.path.slice(project.length) : file.path;
}

/** Nodes whose text is not searched for phrases: links (already linked), headings and code. */
const SKIPPED = new Set(['link', 'linkReference', 'heading', 'inlineCode', 'code']);

/**
 * Finds the first place where `phrase` stands, as whole words within one run
 * of plain text, and replaces those words with what `build` makes of them.
 * Text inside links, headings and code is left alone. Returns false when the
 * phrase is not found; the text is then untouched.
 */
export function replacePhrase(tree: Root, phrase: string, build: (words: Text) => PhrasingContent[]): boolean {
  let replaced = false;
  visit(tree, (node, index, parent) => {
    if (SKIPPED.has(node.type)) return SKIP;
    if (node.type !== 'text' || parent === undefined || index === undefined) return CONTINUE;
    const found = findPhrase(node.value, phrase);
    if (!found) return CONTINUE;
    const before = node.value.slice(0, found.index);
    const after = node.value.slice(found.index + found.match.length);
    const replacement: PhrasingContent[] = [
      ...(before ? [{ type: 'text' as const, value: before }] : []),
      ...build({ type: 'text', value: found.match }),
      ...(after ? [{ type: 'text' as const, value: after }] : []),
    ];
    (parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
    replaced = true;
    return EXIT;
  });
  return replaced;
}
