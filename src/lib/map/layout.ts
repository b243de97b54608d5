import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, MultiPolygon } from 'geojson';

/* How a story map is laid out from its places: where it is centred, where a country's name goes, which places crowd. */

type LonLat = [number, number];

/** The largest piece of a country, by which its name stands (Alaska and Hawaii would pull the United States' centre north). */
export function mainPiece(country: Feature<MultiPolygon>): Feature<MultiPolygon> {
  const pieces = country.geometry.coordinates.map((coordinates): Feature<MultiPolygon> => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: [coordinates] },
  }));
  return pieces.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

/** The centre of a country's largest piece, where its name goes. */
export function mainLand(country: Feature<MultiPolygon>): LonLat {
  return geoCentroid(mainPiece(country)) as LonLat;
}

/**
 * The meridian to centre the world view on: the middle of the places' longitudes, counted so that the widest empty
 * stretch of longitude falls at the map's edges (for places from Kyiv to Washington across Asia and the Pacific, the
 * Atlantic).
 */
export function centralMeridian(longitudes: readonly number[]): number {
  const sorted = [...longitudes].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  let widest = { gap: -1, after: 0 };
  sorted.forEach((lon, index) => {
    const next = index + 1 < sorted.length ? sorted[index + 1]! : sorted[0]! + 360;
    if (next - lon > widest.gap) widest = { gap: next - lon, after: index };
  });
  const west = sorted[(widest.after + 1) % sorted.length]!;
  const east = sorted[widest.after]!;
  const span = (east - west + 360) % 360;
  const centre = west + span / 2;
  return ((centre + 540) % 360) - 180;
}

/** Groups of marks within `distance` pixels of each other (single linkage), each with two places or more. */
export function crowdedGroups(points: readonly { name: string; x: number; y: number }[], distance: number): string[][] {
  const group = new Map(points.map((point) => [point.name, point.name]));
  const root = (name: string): string => (group.get(name) === name ? name : root(group.get(name)!));
  for (const a of points) {
    for (const b of points) {
      if (a.name < b.name && Math.hypot(a.x - b.x, a.y - b.y) < distance) group.set(root(a.name), root(b.name));
    }
  }
  const groups = new Map<string, string[]>();
  for (const point of points) groups.set(root(point.name), [...(groups.get(root(point.name)) ?? []), point.name]);
  return [...groups.values()].filter((names) => names.length > 1).sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
}
