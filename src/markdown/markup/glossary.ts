import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { glossaryPath, kindNames } from '../../lib/glossary/glossary';
import { definitionId, linkSegments, type GlossaryLinker } from '../../lib/glossary/links';
import type { GlossaryEntry } from '../../schemas/glossary';

/**
 * A mention of a glossary entry: a plain link to the entry's page, whose data
 * attributes feed the definition card, and after it the definition, hidden,
 * for screen readers (aria-describedby). The definition sits inside the
 * quoted text, so it is marked as added and kept out of the search index.
 * `scope` (a section id) keeps the definition's id unique on the page.
 */
export function termLink(entry: GlossaryEntry, words: string, scope: string): [link: Element, definition: Element] {
  const describedBy = definitionId(scope, entry.id);
  return [
    h(
      'a',
      {
        href: glossaryPath(entry.id),
        className: ['glossary-term'],
        dataGlossaryId: entry.id,
        dataGlossaryTerm: entry.term,
        dataGlossaryKind: kindNames[entry.kind].one,
        ariaDescribedBy: [describedBy],
      },
      words,
    ),
    h(
      'span',
      { id: describedBy, className: ['glossary-definition'], hidden: true, dataAdded: '', dataPagefindIgnore: '' },
      entry.definition,
    ),
  ];
}

/**
 * Text of the article that is rendered outside Markdown (the credit line),
 * with the first mention of each entry linked as remark-glossary-links links
 * them in a section. `linked` carries the entries already linked in the same
 * place; without a linker the text stays as it is.
 */
export function linkedText(text: string, linker: GlossaryLinker | undefined, scope: string, linked = new Set<string>()): ElementContent[] {
  const segments = (linker && linkSegments(text, linker.matcher, linked)) || [{ text }];
  return segments.flatMap((segment): ElementContent[] => {
    const entry = segment.entryId === undefined ? undefined : linker?.entries.get(segment.entryId);
    return entry ? termLink(entry, segment.text, scope) : [{ type: 'text', value: segment.text }];
  });
}
