import type { Nodes, PhrasingContent, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { createLinker, definitionId, definitionProperties, linkSegments, termLinkProperties } from '../lib/glossary/links';
import { glossaryPath } from '../lib/glossary/glossary';
import type { GlossaryEntry } from '../schemas/glossary';

export interface GlossaryLinksOptions {
  /** The glossary, already validated and checked (src/markdown/index.ts reads it). */
  entries: readonly GlossaryEntry[];
}

/** Reads the section id from the frontmatter that Astro puts on the file. */
function sectionIdOf(file: VFile): string | undefined {
  const astro = file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
  const id = astro?.frontmatter?.['id'];
  return typeof id === 'string' ? id : undefined;
}

/** Text that another plugin inserted (a date, a note number) is not the article's: never link inside it. */
function isAdded(node: Nodes): boolean {
  const properties = node.data?.hProperties;
  return properties !== undefined && ('dataAdded' in properties || 'data-added' in properties);
}

/**
 * Links the first mention of each glossary entry in a document (one section)
 * to the entry's page, with a hidden definition beside it for screen readers
 * and the definition card. Headings, existing links and text that other
 * plugins added are left alone. Runs last among the remark plugins, so that it
 * sees the text after every other plugin has placed its own nodes.
 */
export default function remarkGlossaryLinks({ entries }: GlossaryLinksOptions) {
  const { entries: byId, matcher } = createLinker(entries);
  let anonymous = 0;
  return (tree: Root, file: VFile) => {
    // A section's id keeps the definition ids unique on a page that shows every section.
    const scope = sectionIdOf(file) ?? `document-${++anonymous}`;
    const linked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'heading' || node.type === 'link' || node.type === 'linkReference' || isAdded(node)) return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return CONTINUE;
      const segments = linkSegments(node.value, matcher, linked);
      if (!segments) return CONTINUE;
      const replacement: PhrasingContent[] = segments.flatMap(({ text, entryId }): PhrasingContent[] => {
        const entry = entryId === undefined ? undefined : byId.get(entryId);
        if (!entry) return [{ type: 'text', value: text }];
        const describedBy = definitionId(scope, entry.id);
        return [
          {
            type: 'link',
            url: glossaryPath(entry.id),
            children: [{ type: 'text', value: text }],
            data: { hProperties: termLinkProperties(entry, describedBy) },
          },
          {
            type: 'text',
            value: entry.definition,
            data: { hName: 'span', hProperties: definitionProperties(describedBy) },
          },
        ];
      });
      (parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
