import type { Element, Properties } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Options as AutolinkOptions } from 'rehype-autolink-headings';

/** The class of every heading permalink; its "#" is drawn by CSS (src/styles/base.css). */
export const PERMALINK_CLASS = 'heading-permalink';

/**
 * The permalink's attributes. The link is empty, with no separating space:
 * text inside or before it would leak into Astro's heading list and into the
 * search index, so the "#" comes from CSS and the name from `aria-label`.
 * `where` says which list the heading belongs to ("in the glossary").
 */
export function permalinkProperties(id: string, heading: string, where?: string): Properties {
  return {
    className: [PERMALINK_CLASS],
    href: `#${id}`,
    ariaLabel: `Link to “${heading}”${where ? ` ${where}` : ''}`,
    dataPagefindIgnore: '',
  };
}

/** The permalink after a heading's text, as rehype-autolink-headings appends it to Markdown headings. */
export function permalink(id: string, heading: string, where?: string): Element {
  return h('a', permalinkProperties(id, heading, where));
}

/** rehype-autolink-headings, set to append the same permalink to every Markdown heading with an id. */
export const autolinkOptions: AutolinkOptions = {
  behavior: 'append',
  content: [],
  properties: (heading) => permalinkProperties(String(heading.properties['id']), toString(heading).trim()),
};
