import type { Glossary } from '../content/explainer';
import { mentionCount, mentionsByPlace } from '../glossary/mentions';
import { explainerPath } from '../share/links';
import { searchNames, type SearchName } from './names';

/**
 * The glossary's names for search, each with the count its page shows and the
 * places that name it. Apart from names.ts, which the browser loads: counting
 * needs the Markdown tools.
 */
export function namesWithCounts(glossary: Pick<Glossary, 'entries' | 'mentions'>): SearchName[] {
  return searchNames(
    glossary.entries,
    (entryId) => mentionCount(glossary.mentions.get(entryId)),
    (entryId) =>
      mentionsByPlace(glossary.mentions.get(entryId) ?? []).map(({ anchor, label, mentions }) => ({
        url: explainerPath(anchor),
        anchor,
        label,
        sentences: mentions.map(({ sentence, highlights }) => ({ text: sentence, highlights })),
      })),
  );
}
