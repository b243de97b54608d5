import type { GlossaryEntry } from '../../schemas/glossary';
import { mentionCount, mentionsByPlace, type Mention } from '../glossary/mentions';
import { storyAnchorPath } from '../routes';
import { searchNames, type SearchName, type StoryPlaces } from './names';

/** The glossary's mentions as the site gathers them: all stories together, and story by story (stories naming none left out). */
export interface GlossaryMentions {
  entries: readonly GlossaryEntry[];
  mentions(entryId: string): readonly Mention[];
  mentionsByStory(entryId: string): readonly { story: { slug: string }; mentions: readonly Mention[] }[];
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

/** One story's places file: each entry that the story's page names, with the places that name it, in page order. */
export function storyPlaces(slug: string, mentions: ReadonlyMap<string, readonly Mention[]>): StoryPlaces {
  return Object.fromEntries(
    [...mentions]
      .filter(([, found]) => found.length > 0)
      .map(([entryId, found]) => [
        entryId,
        mentionsByPlace(found).map(({ anchor, label, mentions: here }) => ({
          url: storyAnchorPath(slug, anchor),
          anchor,
          label,
          sentences: here.map(({ sentence, highlights }) => ({ text: sentence, highlights })),
        })),
      ]),
  );
}
