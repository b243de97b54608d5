import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { termDefinitionId } from '../../lib/glossary/glossary';
import { linkSegments, type GlossaryLinker } from '../../lib/glossary/links';
import type { GlossaryEntry } from '../../schemas/glossary';
import { glossaryPath } from '../../lib/routes';

/**
 * A mention of a glossary entry: a plain link to the entry's page. Screen
 * readers read the definition as the link's description (aria-describedby)
 * from the entry in the who's who, and the definition card takes the name, the
 * kind and the definition from there too (TermDefinition.astro): the text
 * carries no copy of them.
 */
export function termLink(entry: GlossaryEntry, words: string): Element {
  return h(
    'a',
    {
      href: glossaryPath(entry.id),
      className: ['glossary-term'],
      dataGlossaryId: entry.id,
      ariaDescribedBy: [termDefinitionId(entry.id)],
    },
    words,
  );
}

/**
 * Text of the article that is rendered outside Markdown (the credit line),
 * with the first mention of each entry linked as remark-glossary-links links
 * them in a section. `linked` carries the entries already linked in the same
 * place; without a linker the text stays as it is.
 */
export function linkedText(text: string, linker: GlossaryLinker | undefined, linked = new Set<string>()): ElementContent[] {
  const segments = (linker && linkSegments(text, linker.matcher, linked)) || [{ text }];
  return segments.flatMap((segment): ElementContent[] => {
    const entry = segment.entryId === undefined ? undefined : linker?.entries.get(segment.entryId);
    return entry ? [termLink(entry, segment.text)] : [{ type: 'text', value: segment.text }];
  });
}
