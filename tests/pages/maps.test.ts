import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../fixtures/paths';
import { multiStoryDist, SYNTHETIC_STORIES } from '../support/multi-story-site';
import { builtPage } from '../support/site';

/*
 * The locator maps as built: the story map's files, what its marks say of where places are, its weight, and the
 * figure and list the story page gives it; each place's locator on its entry page; and the synthetic stories' maps,
 * drawn from their own places.
 */

/** The glossary's places the SCO story names or needs, written out from content/glossary.yaml. */
const SCO_PLACES = [
  'china',
  'russia',
  'india',
  'united-states',
  'ukraine',
  'crimea',
  'donbas',
  'beijing',
  'moscow',
  'north-korea',
  'singapore',
  'tianjin',
];

/** A map's files: light and dark, each drawn for a wide column and for a phone's. */
const FILES = ['light', 'dark', 'light-narrow', 'dark-narrow'] as const;
type MapFileName = (typeof FILES)[number];

const mapFile = (slug: string, scheme: MapFileName, dist = distDir) => readFileSync(join(dist, slug, `map-${scheme}.svg`), 'utf8');

/** The marks of a map's world view, by place name, as drawn: [x, y] in the SVG's pixels. */
function worldMarks(svg: string): Map<string, [number, number]> {
  const world = /<g data-view="world">(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
  return new Map(
    [...world.matchAll(/<circle data-place="([^"]+)" cx="([\d.-]+)" cy="([\d.-]+)"/g)].map(([, name, x, y]) => [
      name!,
      [Number(x), Number(y)],
    ]),
  );
}

/** The names a map's text alternative lists after a heading such as "Shaded:", "Marked:" or "Closer view A:". */
function listed(alt: string, heading: string): string[] {
  const list = new RegExp(`${heading} ([^.]+)\\.`).exec(alt)?.[1];
  return list === undefined ? [] : list.split(/, | and /);
}

/** Every place an alt text lists: shaded, marked or in a closer view. */
const allListed = (alt: string) => [
  ...listed(alt, 'Shaded:'),
  ...listed(alt, 'Marked:'),
  ...['A', 'B', 'C', 'D'].flatMap((letter) => listed(alt, `Closer view ${letter}:`)),
];

describe.each([
  ['light', 'dark'],
  ['light-narrow', 'dark-narrow'],
] as const)('the SCO story’s locator map, %s', (light, dark) => {
  const svg = mapFile('sco-2025', light);
  const marks = worldMarks(svg);
  const at = (name: string) => {
    const mark = marks.get(name);
    if (!mark) throw new Error(`No mark for ${name} on the world view (marks: ${[...marks.keys()].join(', ')}).`);
    return { x: mark[0], y: mark[1] };
  };

  it('marks every city and region the story names or lists for its map, and nothing else', () => {
    // The glossary's places that are points (content/glossary.yaml), then the story's mapPlaces (story.yaml).
    expect([...marks.keys()].sort()).toEqual(
      ['Beijing', 'Crimea', 'Donbas', 'Moscow', 'Singapore', 'Tianjin', 'New Delhi', 'Washington', 'Kyiv', 'Alaska'].sort(),
    );
  });

  it('draws Moscow west and north of Beijing', () => {
    expect(at('Moscow').x).toBeLessThan(at('Beijing').x);
    expect(at('Moscow').y).toBeLessThan(at('Beijing').y);
  });

  it('draws New Delhi south and west of Beijing, and Singapore south of it', () => {
    expect(at('New Delhi').x).toBeLessThan(at('Beijing').x);
    expect(at('New Delhi').y).toBeGreaterThan(at('Beijing').y);
    expect(at('Singapore').y).toBeGreaterThan(at('Beijing').y);
  });

  it('draws Kyiv west of Moscow and Crimea south of Kyiv, and Alaska north of Washington', () => {
    expect(at('Kyiv').x).toBeLessThan(at('Moscow').x);
    expect(at('Crimea').y).toBeGreaterThan(at('Kyiv').y);
    expect(at('Alaska').y).toBeLessThan(at('Washington').y);
  });

  it('weighs 12 kB or less gzipped, in light and in dark', () => {
    for (const scheme of [light, dark]) expect(gzipSync(mapFile('sco-2025', scheme)).length, scheme).toBeLessThanOrEqual(12_000);
  });

  it('is a picture and nothing more: no styles or scripts the pages’ policy would refuse, and nothing fetched', () => {
    for (const scheme of [light, dark]) {
      const file = mapFile('sco-2025', scheme);
      expect(file, scheme).not.toMatch(/<style|<script|<image|<foreignObject|\son[a-z]+=/i);
      expect(
        [...file.matchAll(/(?:href|src)="([^"]*)"/g)].map(([, url]) => url).filter((url) => !url!.startsWith('#')),
        scheme,
      ).toEqual([]);
    }
  });

  it('differs between light and dark only in its colours', () => {
    const shapes = (file: string) => file.replace(/#[0-9a-f]{6}/g, '');
    expect(shapes(mapFile('sco-2025', dark))).toBe(shapes(svg));
    expect(mapFile('sco-2025', dark)).not.toBe(svg);
  });
});

describe('the SCO story page', () => {
  const $ = builtPage('/sco-2025/');
  const figure = $('#glossary-place + figure.story-map');

  it('heads its who’s who’s Places with the map, loaded lazily, sized, and dark where the reader’s screen is', () => {
    expect(figure.length).toBe(1);
    const img = figure.find('img');
    expect(img.attr('src')).toBe('/sco-2025/map-light.svg');
    expect(img.attr('loading')).toBe('lazy');
    expect(img.attr('width')).toMatch(/^\d+$/);
    expect(img.attr('height')).toMatch(/^\d+$/);
    // The first source that matches wins: a phone's column before a wide one, dark before light.
    expect(
      figure
        .find('source')
        .map((_, source) => `${$(source).attr('srcset')} ${$(source).attr('media')}`)
        .get(),
    ).toEqual([
      '/sco-2025/map-dark-narrow.svg screen and (prefers-color-scheme: dark) and (max-width: 30rem)',
      '/sco-2025/map-light-narrow.svg (max-width: 30rem)',
      '/sco-2025/map-dark.svg screen and (prefers-color-scheme: dark)',
    ]);
  });

  it('gives each source of the map the size of its own drawing', () => {
    for (const source of figure.find('source').get()) {
      const file = $(source).attr('srcset')!.replace('/sco-2025/map-', '').replace('.svg', '') as MapFileName;
      const drawn = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(mapFile('sco-2025', file))!;
      expect([$(source).attr('width'), $(source).attr('height')], file).toEqual([drawn[1], drawn[2]]);
    }
  });

  it('names in its text alternative every country it shades and every place it marks', () => {
    const alt = figure.find('img').attr('alt') ?? '';
    expect(listed(alt, 'Shaded:').sort()).toEqual(['China', 'India', 'North Korea', 'Russia', 'Ukraine', 'United States']);
    expect(allListed(alt).sort()).toEqual(
      [
        'China',
        'India',
        'North Korea',
        'Russia',
        'Ukraine',
        'United States',
        'Beijing',
        'Crimea',
        'Donbas',
        'Moscow',
        'Singapore',
        'Tianjin',
        'New Delhi',
        'Washington',
        'Kyiv',
        'Alaska',
      ].sort(),
    );
  });

  it('says in its caption how it draws Crimea, and why', () => {
    const caption = figure.find('figcaption').text();
    expect(caption).toContain('Crimea is drawn as part of Ukraine (UN General Assembly resolution 68/262)');
    expect(caption).toContain('occupied by Russia since 2014');
  });

  it('lists the places below the map, each linked to its entry', () => {
    const links = figure
      .nextAll('.entries')
      .first()
      .find('h4 a')
      .map((_, link) => $(link).attr('href'))
      .get();
    expect(links.sort()).toEqual(SCO_PLACES.map((id) => `/glossary/${id}/`).sort());
  });
});

describe('each place’s entry page', () => {
  it.each(SCO_PLACES)('shows %s on a locator globe, light and dark, from files that are built', (id) => {
    const $ = builtPage(`/glossary/${id}/`);
    const src = $('.locator img').attr('src');
    expect(src).toBe(`/glossary/${id}/locator-light.svg`);
    expect($('.locator source').attr('srcset')).toBe(`/glossary/${id}/locator-dark.svg`);
    expect($('.locator img').attr('alt')).toContain($('h1').text().trim());
    for (const scheme of ['light', 'dark']) expect(existsSync(join(distDir, 'glossary', id, `locator-${scheme}.svg`)), scheme).toBe(true);
  });

  it('shows no locator on the page of an entry that is not a place', () => {
    expect(builtPage('/glossary/vladimir-putin/')('.locator').length).toBe(0);
  });
});

describe('the synthetic stories’ maps, drawn from their own places', () => {
  it.each(SYNTHETIC_STORIES.map(({ slug }) => slug))('%s maps exactly the places its who’s who lists', (slug) => {
    const $ = builtPage(`/${slug}/`, multiStoryDist());
    const places = $('#glossary-place')
      .nextAll('.entries')
      .first()
      .find('h4 a')
      .map((_, link) => $(link).text())
      .get();
    const figure = $('#glossary-place + figure.story-map');
    if (places.length === 0) {
      expect(figure.length).toBe(0);
      return;
    }
    expect(allListed(figure.find('img').attr('alt') ?? '').sort()).toEqual([...places].sort());
    for (const scheme of FILES) expect(mapFile(slug, scheme, multiStoryDist()), scheme).toContain('<svg');
  });

  it('gives at least one synthetic story a map, so the check above checks something', () => {
    const mapped = SYNTHETIC_STORIES.filter(({ slug }) => existsSync(join(multiStoryDist(), slug, 'map-light.svg')));
    expect(mapped.length).toBeGreaterThan(0);
  });
});
