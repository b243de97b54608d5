import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/**
 * Fails on raw HTML in Markdown. The article is quoted text, and raw HTML
 * would reach readers unescaped (a script, an inline handler) or be dropped
 * without a word; an editor should hear about it instead.
 */
export default function remarkRejectRawHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node) => {
      const snippet = node.value.length > 60 ? `${node.value.slice(0, 60)}…` : node.value;
      file.fail(
        `Raw HTML is not allowed in content (found ${JSON.stringify(snippet)}). Write plain Markdown, or escape the "<" as "\\<".`,
        node,
      );
    });
  };
}
