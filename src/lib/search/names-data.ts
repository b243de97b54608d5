import type { GlossaryEntry } from '../../schemas/glossary';
import type { Mention } from '../glossary/mentions';
import { mentionCount } from '../glossary/mentions';
import { searchNames, type SearchName } from './names';

/** The glossary's mentions as the site gathers them: all stories together, and story by story (stories naming none left out). */
export interface GlossaryMentions {
  entries: readonly GlossaryEntry[];
  mentions(entryId: string): readonly Mention[];
  mentionsByStory(entryId: string): readonly unknown[];
}

/**
 * The glossary's names for search, each with the counts its page shows. Apart
 * from names.ts, which the browser loads: counting needs the Markdown tools.
 */
export function namesWithCounts(glossary: GlossaryMentions): SearchName[] {
  return searchNames(glossary.entries, (entryId) => ({
    mentions: mentionCount(glossary.mentions(entryId)),
    stories: glossary.mentionsByStory(entryId).length,
  }));
}
