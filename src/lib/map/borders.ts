import { geoContains } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { Feature, MultiPolygon } from 'geojson';
import type { GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';

/*
 * Borders are editorial. Natural Earth, and so world-atlas, draws some borders as they stand on the ground: its
 * countries put Crimea inside Russia's MultiPolygon. The site draws Crimea as part of Ukraine, as UN General
 * Assembly resolution 68/262 (27 March 2014) holds, and marks it as occupied since 2014.
 */

/** Land the map data gives to one country that the site draws as another's, marked as occupied. */
export interface Reassignment {
  name: string;
  /** ISO 3166-1 numeric codes: the country the data draws it in, and the one the site draws it in. */
  from: string;
  to: string;
  /** A point inside it, [longitude, latitude], which picks its polygon out of `from`'s. */
  inside: [number, number];
  /** The caption's words for it. */
  note: string;
}

export const REASSIGNED: readonly Reassignment[] = [
  {
    name: 'Crimea',
    from: '643',
    to: '804',
    inside: [34.1, 45.0],
    note: 'Crimea is drawn as part of Ukraine (UN General Assembly resolution 68/262), hatched: occupied by Russia since 2014.',
  },
];

/** The world as the site draws it: all land, each country's outline by its ISO numeric code, and the occupied land. */
export interface World {
  land: Feature<MultiPolygon>;
  countries: ReadonlyMap<string, Feature<MultiPolygon>>;
  occupied: readonly { reassignment: Reassignment; shape: Feature<MultiPolygon> }[];
}

type Shape = TopoPolygon | TopoMultiPolygon;

const polygonsOf = (shape: Shape): TopoPolygon[] =>
  shape.type === 'Polygon' ? [shape] : shape.arcs.map((arcs) => ({ type: 'Polygon', arcs }));

const asFeature = (geometry: MultiPolygon, id?: string): Feature<MultiPolygon> => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties: {},
  geometry,
});

/**
 * The world of a world-atlas topology (`countries-110m.json` or `countries-50m.json`), with each reassignment made:
 * the polygon that holds its point leaves one country's shape and joins the other's, merged, so no border is drawn
 * between them. Throws when the data no longer draws the land where the reassignment expects it, so a new release of
 * the data cannot undo an editorial decision without a word.
 */
export function editorialWorld(topology: Topology): World {
  const object = topology.objects['countries'];
  if (object?.type !== 'GeometryCollection') throw new Error('world-atlas: the topology has no countries collection.');
  const shapes = new Map<string, TopoPolygon[]>();
  for (const geometry of object.geometries as GeometryObject[]) {
    if ((geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') && geometry.id !== undefined) {
      shapes.set(String(geometry.id), polygonsOf(geometry));
    }
  }
  const occupied: World['occupied'][number][] = [];
  for (const reassignment of REASSIGNED) {
    const from = shapes.get(reassignment.from) ?? [];
    const taken = from.filter((polygon) => geoContains(feature(topology, polygon), reassignment.inside));
    if (taken.length !== 1) {
      throw new Error(`world-atlas: no one polygon of ${reassignment.from} holds ${reassignment.name}; check how the data draws it.`);
    }
    shapes.set(
      reassignment.from,
      from.filter((polygon) => !taken.includes(polygon)),
    );
    shapes.set(reassignment.to, [...(shapes.get(reassignment.to) ?? []), ...taken]);
    occupied.push({ reassignment, shape: asFeature(merge(topology, taken)) });
  }
  const countries = new Map([...shapes].map(([id, polygons]) => [id, asFeature(merge(topology, polygons), id)]));
  const land = asFeature(merge(topology, [...shapes.values()].flat()));
  return { land, countries, occupied };
}
