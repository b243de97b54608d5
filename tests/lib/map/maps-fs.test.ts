import { describe, expect, it } from 'vitest';
import { PALETTES } from '../../../src/lib/map/draw';
import { drawPlaceLocator, drawStoryMap, STORY_MAP_TITLE } from '../../../src/lib/map/maps-fs';
import { fixtureStory } from '../../support/story';

/* The maps as the pages ask for them: a colour scheme and a column, drawn from world-atlas's files. */

describe('drawStoryMap', () => {
  const places = fixtureStory().mapPlaces;

  it('draws the narrow map 320 px wide in the dark scheme’s colours, titled for every story alike', () => {
    const map = drawStoryMap(places, 'dark', 'narrow')!;
    expect(map.width).toBe(320);
    expect(STORY_MAP_TITLE).toBe('Locator map of the places in this story.');
    expect(map.svg).toContain('aria-label="Locator map of the places in this story."');
    expect(map.svg).toContain(`fill="${PALETTES.dark.water}"`);
    expect(map.svg).not.toContain(PALETTES.light.water);
  });

  it('draws the wide map by default, and draws each map once: the page and the map’s file get the same drawing', () => {
    const map = drawStoryMap(places, 'light');
    expect(map!.width).toBe(420);
    expect(drawStoryMap(places, 'light', 'wide')).toBe(map);
    expect(drawStoryMap(places, 'dark')).not.toBe(map);
    // A scheme's wide and narrow maps are two drawings, whichever was asked for first.
    expect(drawStoryMap(places, 'dark', 'narrow')!.width).toBe(320);
    expect(drawStoryMap(places, 'dark', 'wide')!.width).toBe(420);
  });

  it('draws nothing for a story that names no place', () => {
    expect(drawStoryMap([], 'light')).toBeUndefined();
  });
});

describe('drawPlaceLocator', () => {
  it('draws a place’s globe in the scheme’s colours', () => {
    const moscow = fixtureStory().mapPlaces.find((place) => place.name === 'Moscow')!;
    const svg = drawPlaceLocator(moscow, 'dark');
    expect(svg).toContain('aria-label="Moscow on a globe, marked with a ringed dot."');
    expect(svg).toContain(`stroke="${PALETTES.dark.accent}"`);
  });
});
