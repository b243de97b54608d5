import type { SearchName } from '../../../src/lib/search/names';

/** Xi's entry in the names file, as the unit tests of search give it: three mentions, in one story. */
export const XI: SearchName = {
  id: 'xi-jinping',
  term: 'Xi Jinping',
  kind: 'person',
  aliases: ['Xi'],
  definition: 'President of China.',
  url: '/glossary/xi-jinping/',
  mentions: 3,
  stories: 1,
  context: false,
};
