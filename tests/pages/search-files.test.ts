import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { NAMES_FILE_PATH, placesFilePath } from '../../src/lib/routes';
import type { NamePlace, SearchName, StoryPlaces } from '../../src/lib/search/names';
import { multiStoryDist, multiStoryRoot, SYNTHETIC_STORIES } from '../support/multi-story-site';
import { distDir } from '../../fixtures/paths';
import { SCO } from '../support/story';

/*
 * The files that answer a name query before Pagefind runs: the names file,
 * which holds what grows with the glossary alone, and one places file per
 * story, which holds where that story names each entry. A story page's first
 * search downloads the names and its own story's places, however many stories
 * the site has.
 */

const readJson = <T>(dist: string, url: string): T => JSON.parse(readFileSync(join(dist, url), 'utf8')) as T;

/** What a names file entry may hold: the card and name matching, nothing per story. */
const NAME_FIELDS = ['id', 'term', 'kind', 'aliases', 'otherScripts', 'definition', 'url', 'mentions', 'stories', 'context'];

/** The marked text of each sentence of a place. */
const marked = (place: NamePlace) =>
  place.sentences.map(({ text, highlights }) => highlights.map(([start, end]) => text.slice(start, end)));

/** Where the SCO story names Modi, as content/stories/sco-2025/ writes it: story.yaml's source headline, then the sections. */
const MODI_IN_SCO = [
  {
    url: '/sco-2025/#source-headline',
    anchor: 'source-headline',
    label: 'Headline of the source article',
    sentences: ['China’s Xi rolls out the red carpet for Putin and Modi as Trump upends global relations'],
  },
  {
    url: '/sco-2025/#ukraine-war',
    anchor: 'ukraine-war',
    label: 'Ukraine war looms over summit',
    sentences: [
      'Trump’s whopping 50% tariff on India has soured ties with Modi – and accelerated a nascent and cautious rapprochement between New Delhi and Beijing.',
    ],
  },
  {
    url: '/sco-2025/#shoulder-to-shoulder',
    anchor: 'shoulder-to-shoulder',
    label: 'Shoulder to shoulder',
    sentences: [
      'Xi, Putin and Modi share a laugh at security summit',
      'On Monday, Modi highlighted his ties with both his host and the Russian leader at the SCO summit, embracing Putin before the two walked over hand in hand to greet Xi.',
      '“India and Russia have always stood shoulder to shoulder even in the most difficult times,” Modi said at the start of the meeting.',
      '“(Modi) reiterated his support for the recent initiatives that have been taken to address the conflict in Ukraine, and emphasized the need to expedite a cessation of the conflict, and find a durable peace settlement,” the ministry said.',
    ],
  },
];

/** A place without its highlights' offsets, to compare with the places written out above. */
const plain = (place: NamePlace) => ({ ...place, sentences: place.sentences.map((sentence) => sentence.text) });

const glossary = parse(readFileSync(new URL('../../content/glossary.yaml', import.meta.url), 'utf8')) as {
  id: string;
  context?: boolean;
}[];

describe('the names file of the real site', () => {
  const names = readJson<SearchName[]>(distDir, NAMES_FILE_PATH);

  it('holds every glossary entry, with its card’s fields and no places', () => {
    expect(names.map((name) => name.id)).toEqual(glossary.map((entry) => entry.id));
    for (const name of names) expect(NAME_FIELDS, name.id).toEqual(expect.arrayContaining(Object.keys(name)));
    expect(names.find((name) => name.id === 'narendra-modi')).toMatchObject({ term: 'Narendra Modi', stories: 1 });
  });
});

describe('the places file of the real story', () => {
  const places = readJson<StoryPlaces>(distDir, placesFilePath(SCO));

  it('is the only places file, at the address the search dialog asks for', () => {
    expect(readdirSync(join(distDir, 'search/places'))).toEqual([`${SCO}.json`]);
  });

  it('lists where the story names an entry, in page order, each sentence with its name marked', () => {
    expect(places['narendra-modi']?.map(plain)).toEqual(MODI_IN_SCO);
    expect(places['narendra-modi']?.map(marked)).toEqual([[['Modi']], [['Modi']], [['Modi'], ['Modi'], ['Modi'], ['Modi']]]);
  });

  it('holds the entries the story names, and none that are in the glossary for context alone', () => {
    // Every other entry must be named by the one story (content/glossary.yaml's context field; the build checks it).
    const named = glossary.filter((entry) => entry.context !== true).map((entry) => entry.id);
    expect(Object.keys(places).toSorted()).toEqual(named.toSorted());
    expect(Object.values(places).every((list) => list.length > 0)).toBe(true);
  });
});

/** Where a synthetic story names Modi, read from its section files: each sentence of a section's text that says "Modi". */
function modiInSyntheticStory(slug: string) {
  const folder = join(multiStoryRoot(), 'content/stories', slug, 'sections');
  return readdirSync(folder)
    .toSorted()
    .map((file) => {
      const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(folder, file), 'utf8')) ?? [];
      const { id, title } = parse(frontmatter) as { id: string; title: string };
      // fixtures/synthetic.ts writes plain sentences, each ending in a full stop and starting with a capital.
      const sentences = body
        .split(/\n\n+/)
        .flatMap((paragraph) => paragraph.trim().split(/(?<=\.) (?=[A-Z])/))
        .filter((sentence) => /\bModi\b/.test(sentence));
      return { url: `/${slug}/#${id}`, anchor: id, label: title, sentences };
    })
    .filter((place) => place.sentences.length > 0);
}

describe('the search files of the multi-story fixture', () => {
  const dist = multiStoryDist();
  const slugs = [SCO, ...SYNTHETIC_STORIES.map((story) => story.slug)].toSorted();

  it('has a names file without places, counting the stories that name each entry', () => {
    const names = readJson<SearchName[]>(dist, NAMES_FILE_PATH);
    for (const name of names) expect(NAME_FIELDS, name.id).toEqual(expect.arrayContaining(Object.keys(name)));
    expect(names.find((name) => name.id === 'narendra-modi')?.stories).toBe(4);
  });

  it('has one places file for each story', () => {
    expect(readdirSync(join(dist, 'search/places')).toSorted()).toEqual(slugs.map((slug) => `${slug}.json`));
  });

  it('keeps each story’s places file to that story', () => {
    for (const slug of slugs) {
      const urls = Object.values(readJson<StoryPlaces>(dist, placesFilePath(slug))).flatMap((list) => list.map((place) => place.url));
      expect(urls.length, slug).toBeGreaterThan(0);
      expect(
        urls.filter((url) => !url.startsWith(`/${slug}/#`)),
        slug,
      ).toEqual([]);
    }
    // The SCO story's file says what the single-story site's says: nothing of the synthetic stories joins it.
    expect(readJson<StoryPlaces>(dist, placesFilePath(SCO))['narendra-modi']?.map(plain)).toEqual(MODI_IN_SCO);
  });

  it('lists, for a synthetic story, every sentence of its sections that names Modi, section by section', () => {
    for (const { slug } of SYNTHETIC_STORIES) {
      const modi = readJson<StoryPlaces>(dist, placesFilePath(slug))['narendra-modi'] ?? [];
      expect(modi.map(plain), slug).toEqual(modiInSyntheticStory(slug));
      // Every section of a synthetic story names Modi (fixtures/synthetic-stories.ts, alwaysNames).
      expect(modi, slug).toHaveLength(8);
      expect(new Set(modi.flatMap(marked).flat()), slug).toEqual(new Set(['Modi']));
    }
  });
});
