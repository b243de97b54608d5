import { describe, expect, it } from 'vitest';
import { world } from '../../../src/lib/map/atlas-fs';
import { PALETTES } from '../../../src/lib/map/draw';
import { LOCATOR_SIZE, placeLocator } from '../../../src/lib/map/locator';
import type { MapPlace } from '../../../src/lib/map/places';
import { fixtureStory } from '../../support/story';

/* A place's locator globe on its glossary page, drawn from the real 1:110 million data and the fixture's places. */

const WORLD = world('110m');
const place = (name: string) => {
  const found = fixtureStory().mapPlaces.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`No place ${name} in tests/fixtures/content/glossary.yaml`);
  return found;
};
const shaded = (svg: string) => [...svg.matchAll(/<path [^>]*data-country="(\d+)"/g)].map(([, id]) => id);
/** The centres of the ringed dot: the ring, then the mark. */
const rings = (svg: string) => [...svg.matchAll(/<circle [^>]*cx="([\d.]+)" cy="([\d.]+)" r="(\d+)"/g)].map(([, x, y, r]) => [x, y, r]);

describe('a place’s locator globe', () => {
  it('is 160 px square, its title naming the place and how it is shown', () => {
    const svg = placeLocator(place('Singapore'), WORLD, PALETTES.light);
    expect(LOCATOR_SIZE).toBe(160);
    expect(svg).toMatch(
      /^<svg [^>]*viewBox="0 0 160 160" width="160" height="160" role="img" aria-label="Singapore on a globe, marked with a ringed dot\.">/,
    );
    expect(svg).toContain('<title>Singapore on a globe, marked with a ringed dot.</title>');
  });

  it('turns to face a place near the equator, ringed dot at its centre', () => {
    // Singapore, 1.35° N.
    expect(rings(placeLocator(place('Singapore'), WORLD, PALETTES.light))).toEqual([
      ['80', '80', '7'],
      ['80', '80', '3'],
    ]);
  });

  it('tilts no further than 45° for a place far north, so Moscow stands above the centre, its country shaded', () => {
    // Moscow, 55.75° N, drawn 10.75° north of a centre at 45° N. The globe's edge, 25° from its centre, is 78 px from
    // it, so its radius is 78 / sin 25° = 184.6 px; Moscow stands 184.6 × sin 10.75° = 34.4 px above 80: at 45.6.
    const svg = placeLocator(place('Moscow'), WORLD, PALETTES.light);
    expect(rings(svg)).toEqual([
      ['80', '45.6', '7'],
      ['80', '45.6', '3'],
    ]);
    expect(shaded(svg)).toEqual(['643']);
  });

  it('shades Ukraine, not Russia, for a place in Crimea, and hatches Crimea as occupied', () => {
    const svg = placeLocator(place('Crimea'), WORLD, PALETTES.light);
    expect(shaded(svg)).toEqual(['804']);
    expect(svg).toContain('<pattern id="locator-crimea-hatch"');
    expect(svg).toMatch(/<path d="M[^"]+" fill="url\(#locator-crimea-hatch\)"\/>/);
  });

  it('shades a country without a mark, centred on it, in the colours of its scheme', () => {
    const svg = placeLocator(place('Ukraine'), WORLD, PALETTES.dark);
    expect(svg).toContain('aria-label="Ukraine on a globe, shaded."');
    expect(rings(svg)).toEqual([]);
    expect(svg).toContain(`data-country="804" fill="${PALETTES.dark.named}"`);
    expect(svg).toContain(`fill="${PALETTES.dark.water}"`);
    expect(svg).not.toContain(PALETTES.light.water);
  });

  it('names its hatching after its entry, so that two globes on one page do not share it', () => {
    const unnamed: MapPlace = { kind: 'point', name: 'Kyiv', lon: 30.52, lat: 50.45 };
    expect(placeLocator(place('Moscow'), WORLD, PALETTES.light)).toContain('id="locator-moscow-hatch"');
    expect(placeLocator(unnamed, WORLD, PALETTES.light)).toContain('id="locator-place-hatch"');
  });
});
