import { world } from './atlas-fs';
import { PALETTES, type Scheme } from './draw';
import { placeLocator } from './locator';
import type { MapPlace } from './places';
import { MAP_WIDTH, NARROW_MAP_WIDTH, storyMap, type StoryMap } from './story-map';

/*
 * The maps as the pages serve them, drawn from Natural Earth's data as world-atlas ships it (read once per build),
 * once per set of places and colour scheme: the story page and the map's own file ask for the same drawing.
 */

const drawn = new Map<string, StoryMap | undefined>();

/** The title every story map carries, its accessible name. */
export const STORY_MAP_TITLE = 'Locator map of the places in this story.';

/** The story map's two drawings: for a wide column, and for a phone's. */
export type MapLayout = 'wide' | 'narrow';

/** A story's locator map for a colour scheme and a column, or nothing when the story names no place. */
export function drawStoryMap(places: readonly MapPlace[], scheme: Scheme, layout: MapLayout = 'wide'): StoryMap | undefined {
  const key = `${scheme} ${layout} ${JSON.stringify(places)}`;
  if (!drawn.has(key))
    drawn.set(
      key,
      storyMap(
        places,
        { overview: world('110m'), close: world('50m') },
        PALETTES[scheme],
        STORY_MAP_TITLE,
        layout === 'wide' ? MAP_WIDTH : NARROW_MAP_WIDTH,
      ),
    );
  return drawn.get(key);
}

/** A place's locator globe for a colour scheme. */
export function drawPlaceLocator(place: MapPlace, scheme: Scheme): string {
  return placeLocator(place, world('110m'), PALETTES[scheme]);
}
