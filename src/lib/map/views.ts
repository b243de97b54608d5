import { geoAzimuthalEqualArea, geoCentroid, geoCircle, geoContains, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import type { World } from './borders';
import type { Box } from './labels';
import type { MapPlace } from './places';

/* The geometry of one view of a story map (the world, or a closer view): what its projection puts where. */

/** The margin inside a view's frame, in pixels. */
export const PAD = 14;
/** How far a country's name may stand from its shape, in pixels, when the shape cannot hold it. */
export const COUNTRY_NEAR = 8;
/** The smallest stretch of land a closer view shows around its places, in degrees. */
const MIN_RADIUS = 1.4;

type Point = Extract<MapPlace, { kind: 'point' }>;
type LonLat = [number, number];

/** Where occupied land lies in a view, so that no label hides its hatching. */
export function occupiedBoxes(world: World, projection: GeoProjection): Box[] {
  const path = geoPath(projection);
  return world.occupied.map(({ shape }) => {
    const [[x0, y0], [x1, y1]] = path.bounds(shape);
    return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  });
}

/**
 * Where a country's name may stand in a view: its anchor point on the country's shape or within COUNTRY_NEAR pixels
 * of it, and on no other shaded country, so that a reader does not take the name for the land under it.
 */
export function countryFits(world: World, projection: GeoProjection, outline: string, named: readonly string[]) {
  const own = world.countries.get(outline);
  const others = named.filter((id) => id !== outline).flatMap((id) => world.countries.get(id) ?? []);
  const on = (shape: Parameters<typeof geoContains>[0], x: number, y: number) => {
    const place = projection.invert?.([x, y]);
    return place !== null && place !== undefined && Number.isFinite(place[0]) && geoContains(shape, place);
  };
  const around = [[0, 0], ...Array.from({ length: 8 }, (_, step) => [Math.cos((step * Math.PI) / 4), Math.sin((step * Math.PI) / 4)])];
  return (x: number, y: number) =>
    own !== undefined &&
    around.some(([dx, dy]) => on(own, x + dx! * COUNTRY_NEAR, y + dy! * COUNTRY_NEAR)) &&
    !others.some((other) => on(other, x, y));
}

/** A shape's bounds in a view. */
export function drawnBounds(shape: Parameters<ReturnType<typeof geoPath>['bounds']>[0], projection: GeoProjection): Box {
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(shape);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export const inside = ([x, y]: readonly [number, number], box: Box) =>
  x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;

/** A closer view of a group of places: its projection fitted to a circle around them. */
export function insetProjection(
  places: readonly Point[],
  box: Box,
): { projection: GeoProjection; circle: ReturnType<ReturnType<typeof geoCircle>>; radius: number } {
  const centre = geoCentroid({ type: 'MultiPoint', coordinates: places.map((place) => [place.lon, place.lat]) }) as LonLat;
  const farthest = Math.max(...places.map((place) => (geoDistance(centre, [place.lon, place.lat]) * 180) / Math.PI));
  const radius = Math.max(MIN_RADIUS, farthest * 1.35);
  const circle = geoCircle().center(centre).radius(radius)();
  const projection = geoAzimuthalEqualArea()
    .rotate([-centre[0], -centre[1]])
    .fitExtent(
      [
        [box.x + PAD, box.y + PAD],
        [box.x + box.width - PAD, box.y + box.height - PAD],
      ],
      circle,
    );
  return {
    projection: projection.clipExtent([
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
    ]),
    circle,
    radius,
  };
}
