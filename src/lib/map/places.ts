import { ContentError } from '../base/content-error';
import type { GlossaryEntry } from '../../schemas/glossary';
import type { StoryData } from '../../schemas/story';

/** A place as a map draws it: a country by its outline, anything else as a labelled point. */
export type MapPlace =
  | { kind: 'country'; name: string; entry: string; outline: string }
  | { kind: 'point'; name: string; entry?: string; lon: number; lat: number };

/**
 * What a story's map shows: every place of the glossary the story names or needs, then the story's own map-only
 * places. A place the map needs without coordinates (or an outline, for a country) is refused, naming the file,
 * the entry and the field, so a map never silently leaves a place out.
 */
export function storyMapPlaces(
  entries: readonly GlossaryEntry[],
  extra: StoryData['mapPlaces'],
  where: { slug: string; glossary: string },
): MapPlace[] {
  const fromGlossary = entries
    .filter((entry) => entry.kind === 'place')
    .map((entry): MapPlace => {
      const place = entryMapPlace(entry);
      if (place) return place;
      throw new ContentError(
        where.glossary,
        `\n  entry "${entry.id}" → coordinates: the map of the story "${where.slug}" shows this place, and it has no coordinates.`,
        'add coordinates: { lat, lon, source: { title, url } } read from a public page (or, for a country, outline: its ISO 3166-1 numeric code).',
      );
    });
  return [
    ...fromGlossary,
    ...extra.map(({ name, coordinates }): MapPlace => ({ kind: 'point', name, lon: coordinates.lon, lat: coordinates.lat })),
  ];
}

/** A glossary entry as a map draws it, or nothing when it is not a place or has neither coordinates nor an outline. */
export function entryMapPlace(entry: GlossaryEntry): MapPlace | undefined {
  if (entry.kind !== 'place') return undefined;
  if (entry.outline !== undefined) return { kind: 'country', name: entry.term, entry: entry.id, outline: entry.outline };
  if (entry.coordinates !== undefined)
    return { kind: 'point', name: entry.term, entry: entry.id, lon: entry.coordinates.lon, lat: entry.coordinates.lat };
  return undefined;
}
