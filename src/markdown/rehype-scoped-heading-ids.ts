import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { headingRank } from 'hast-util-heading-rank';
import { visit } from 'unist-util-visit';
import { sectionIdOf } from './annotations';

/**
 * Prefixes every heading id with its section's id ("close-rapport--background").
 * rehype-slug counts slugs per file, and the page renders many files, so two
 * sections with the same sub-heading would otherwise share an id. The prefix
 * keeps ids unique and stable: they never depend on the other sections.
 */
export default function rehypeScopedHeadingIds() {
  return (tree: Root, file: VFile) => {
    const sectionId = sectionIdOf(file);
    if (!sectionId) return;
    visit(tree, 'element', (node) => {
      const id = node.properties['id'];
      if (headingRank(node) && typeof id === 'string' && !id.startsWith(`${sectionId}--`)) {
        node.properties['id'] = `${sectionId}--${id}`;
      }
    });
  };
}
