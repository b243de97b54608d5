import type { Nodes, PhrasingContent, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { createLinker, linkSegments } from '../lib/glossary/links';
import type { GlossaryEntry } from '../schemas/glossary';

import { termLink } from './markup/glossary';

export interface GlossaryLinksOptions {
  /** The glossary, already validated and checked (src/markdown/index.ts reads it). */
  entries: readonly GlossaryEntry[];
}

/** Text that another plugin inserted (a date, a note number) is not the article's: never link inside it. */
function isAdded(node: Nodes): boolean {
  const properties = node.data?.hProperties;
  return properties !== undefined && ('dataAdded' in properties || 'data-added' in properties);
}

/**
 * Links the first mention of each glossary entry in a document (one section)
 * to the entry's page, described by the entry's definition in the who's who
 * for screen readers and the definition card. Headings, existing links and text that other
 * plugins added are left alone. Runs last among the remark plugins, so that it
 * sees the text after every other plugin has placed its own nodes.
 */
export default function remarkGlossaryLinks({ entries }: GlossaryLinksOptions) {
  const { entries: byId, matcher } = createLinker(entries);
  return (tree: Root) => {
    const linked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'heading' || node.type === 'link' || node.type === 'linkReference' || isAdded(node)) return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return CONTINUE;
      const segments = linkSegments(node.value, matcher, linked);
      if (!segments) return CONTINUE;
      const replacement: PhrasingContent[] = segments.flatMap(({ text, entryId }): PhrasingContent[] => {
        const entry = entryId === undefined ? undefined : byId.get(entryId);
        if (!entry) return [{ type: 'text', value: text }];
        // The link stays an mdast link, which later plugins know not to link into; its attributes come from the builder.
        const { href, ...properties } = termLink(entry, text).properties;
        return [{ type: 'link', url: String(href), children: [{ type: 'text', value: text }], data: { hProperties: properties } }];
      });
      (parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
