import { geoContains, geoOrthographic, geoPath } from 'd3-geo';
import type { World } from './borders';
import { CompactPath, drawMark, drawWorld, escapeXml, hatchPattern, px, type Palette } from './draw';
import type { MapPlace } from './places';

/*
 * A place's small locator on its glossary page: a round view of the globe turned to face it, its country shaded (or, for a city or a
 * region, the country it lies in), and a point marked. Its name is the page's heading, so the globe has no labels.
 */

export const LOCATOR_SIZE = 160;
/** The globe is tilted no further than this, so a far-north place still shows the land around it. */
const MAX_TILT = 45;
/**
 * How far from its centre the view reaches, in degrees: a city or a region is shown with its neighbours (about 50°
 * across), a country with its continent.
 */
const REACH = { point: 25, country: 60 } as const;

/** Where a place is, and which country outlines to shade for it. */
function focus(place: MapPlace, world: World): { at: [number, number]; named: string[]; marked: boolean } {
  if (place.kind === 'country') {
    const shape = world.countries.get(place.outline);
    const at = shape ? (geoPath().centroid(shape) as [number, number]) : ([0, 0] as [number, number]);
    return { at, named: [place.outline], marked: false };
  }
  const at: [number, number] = [place.lon, place.lat];
  const within = [...world.countries].filter(([, shape]) => geoContains(shape, at)).map(([id]) => id);
  return { at, named: within, marked: true };
}

/** The locator as a standalone SVG document. */
export function placeLocator(place: MapPlace, world: World, palette: Palette): string {
  const { at, named, marked } = focus(place, world);
  const half = LOCATOR_SIZE / 2;
  const projection = geoOrthographic()
    .rotate([-at[0], -Math.max(-MAX_TILT, Math.min(MAX_TILT, at[1]))])
    .translate([half, half])
    // The edge of the view (a small circle of the sphere) fits the image.
    .scale((half - 2) / Math.sin((REACH[place.kind] * Math.PI) / 180))
    .clipAngle(REACH[place.kind]);
  const context = new CompactPath();
  geoPath(projection, context)({ type: 'Sphere' });
  const sphere = context.result();
  const [x, y] = projection(at) ?? [half, half];
  const prefix = `locator-${place.kind === 'country' ? place.entry : (place.entry ?? 'place')}`;
  const title = `${place.name} on a globe${marked ? ', marked with a ringed dot' : ', shaded'}.`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${LOCATOR_SIZE} ${LOCATOR_SIZE}" width="${LOCATOR_SIZE}" height="${LOCATOR_SIZE}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title><defs>${hatchPattern(prefix, palette)}</defs>`,
    `<path d="${sphere}" fill="${palette.water}"/>`,
    // Whole pixels: the globe is small.
    drawWorld(world, projection, named, palette, prefix, 1),
    marked
      ? `<circle cx="${px(x)}" cy="${px(y)}" r="7" fill="none" stroke="${palette.accent}" stroke-width="2"/>${drawMark(place.name, x, y, palette)}`
      : '',
    `<path d="${sphere}" fill="none" stroke="${palette.muted}" stroke-width="1"/>`,
    '</svg>',
  ].join('');
}
