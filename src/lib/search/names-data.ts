import type { Glossary } from '../content/explainer';
import { mentionCount } from '../glossary/mentions';
import { searchNames, type SearchName } from './names';

/**
 * The glossary's names for search, each with the count its page shows. Apart
 * from names.ts, which the browser loads: counting needs the Markdown tools.
 */
export function namesWithCounts(glossary: Pick<Glossary, 'entries' | 'mentions'>): SearchName[] {
  return searchNames(glossary.entries, (entryId) => mentionCount(glossary.mentions.get(entryId)));
}
