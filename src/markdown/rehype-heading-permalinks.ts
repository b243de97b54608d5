import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface HeadingPermalinkOptions {
  /** Class of the link; the "#" it shows comes from CSS. */
  className?: string;
}

/**
 * Appends a visible permalink to every heading that has an id. The link is
 * empty and drawn by CSS (no separating space either): text inside or before it
 * would leak into Astro's heading list and into the search index.
 */
export default function rehypeHeadingPermalinks({ className = 'heading-permalink' }: HeadingPermalinkOptions = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const id = node.properties['id'];
      if (!headingRank(node) || typeof id !== 'string') return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          className: [className],
          href: `#${id}`,
          ariaLabel: `Link to “${toString(node).trim()}”`,
          dataPagefindIgnore: '',
        },
        children: [],
      });
    });
  };
}
