import type { GlossaryEntry } from '../../schemas/glossary';
import type { Mention } from '../glossary/mentions';
import { mentionCount } from '../glossary/mentions';
import { searchNames, type SearchName } from './names';

/**
 * The glossary's names for search, each with the count its page shows. Apart
 * from names.ts, which the browser loads: counting needs the Markdown tools.
 */
export function namesWithCounts(entries: readonly GlossaryEntry[], mentions: (entryId: string) => readonly Mention[]): SearchName[] {
  return searchNames(entries, (entryId) => mentionCount(mentions(entryId)));
}
