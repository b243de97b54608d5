import type { Page } from 'playwright-core';

/**
 * Selects `text` inside the section's prose, as a reader dragging over it would. The words may run across
 * several nodes (glossary and timeline links split them); the explainer's own additions inside the text
 * (`data-added`: dates beside time words, hidden definitions) are not part of the words sought.
 */
export async function selectText(page: Page, sectionId: string, text: string): Promise<void> {
  await page.evaluate(
    ([id, wanted]) => {
      const prose = document.querySelector(`[data-section="${id}"] .prose`)!;
      const walker = document.createTreeWalker(prose, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; start: number }[] = [];
      let joined = '';
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.parentElement?.closest('[hidden], [data-added]')) continue;
        nodes.push({ node, start: joined.length });
        joined += node.data;
      }
      const at = joined.indexOf(wanted);
      if (at === -1) throw new Error(`“${wanted}” is not in the text of #${id}`);
      const end = at + wanted.length;
      const first = nodes.findLast((entry) => entry.start <= at)!;
      const last = nodes.findLast((entry) => entry.start < end)!;
      const range = document.createRange();
      range.setStart(first.node, at - first.start);
      range.setEnd(last.node, end - last.start);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [sectionId, text] as const,
  );
}
