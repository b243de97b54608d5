import type { GlossaryEntry } from '../../src/schemas/glossary';
import type { SearchName } from '../../src/lib/search/names';

/*
 * Narendra Modi as the unit tests give him: a glossary entry with one source, and his line in the names file with
 * no mentions counted. Tests that need another field spread it and change that one.
 */

export const MODI_ENTRY: GlossaryEntry = {
  id: 'narendra-modi',
  term: 'Narendra Modi',
  kind: 'person',
  aliases: ['Modi'],
  definition: 'Prime Minister of India.',
  context: false,
  contextFor: [],
  sources: [{ title: 'NDTV', url: 'https://www.ndtv.com/' }],
};

export const MODI_NAME: SearchName = {
  id: 'narendra-modi',
  term: 'Narendra Modi',
  kind: 'person',
  aliases: ['Modi'],
  definition: 'Prime Minister of India.',
  url: '/glossary/narendra-modi/',
  mentions: 0,
  stories: 0,
  context: false,
};
