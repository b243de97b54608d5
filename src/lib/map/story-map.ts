import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { World } from './borders';
import { drawLabels, drawMark, drawWorld, escapeXml, hatchPattern, px, type Palette } from './draw';
import { overlap, placeLabels, type Box, type LabelRequest } from './labels';
import { centralMeridian, crowdedGroups, mainLand, mainPiece } from './layout';
import { countryFits, drawnBounds, inside, insetProjection, occupiedBoxes, PAD } from './views';
import type { MapPlace } from './places';

/*
 * A story's locator map, drawn at build time: a world view fitted to the story's places, and a closer view of each
 * group of places too close to tell apart at that scale (Beijing and Tianjin are 110 km apart), framed and lettered
 * on the world view. Everything comes from the places: no story is named here.
 */

/** The map's width in pixels, as drawn for a wide column. */
export const MAP_WIDTH = 420;
/**
 * The width of the drawing for a phone's column (about 330 px at 360 px): drawn at about the size it is shown, its
 * 11 px country names stay 11 px on screen, where the wide drawing scaled down would show them at 8.
 */
export const NARROW_MAP_WIDTH = 320;
/** Marks closer than this on the world view go to a closer view. */
const CROWDED = 16;
const CITY_FONT = 13;
const COUNTRY_FONT = 11;
const COUNTRY_SPACING = 0.06;
const INSET_HEIGHT = 170;
const INSET_GAP = 10;
/** A closer view narrower than this, in degrees from its centre, is drawn from the 1:50 million data; a wider one's coasts need no more than 1:110 million. */
const CLOSE_DATA_RADIUS = 15;

type Point = Extract<MapPlace, { kind: 'point' }>;
type Country = Extract<MapPlace, { kind: 'country' }>;
type LonLat = [number, number];

export interface Worlds {
  /** The world view's data: Natural Earth at 1:110 million. */
  overview: World;
  /** The closer views' data: 1:50 million. */
  close: World;
}

export interface StoryMap {
  width: number;
  height: number;
  /** The closer views, each with the places it shows, in the order of their letters. */
  insets: { letter: string; places: string[] }[];
  /** What the map shows, in words: its text alternative. */
  description: string;
  /** What the caption must say of the borders it draws (occupied land in view). */
  borderNotes: string[];
  svg: string;
}

/** "a, b and c". */
const list = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

const markBox = (x: number, y: number): Box => ({ x: x - 4, y: y - 4, width: 8, height: 8 });

/** A label request with how it is drawn: muted (a country's name) and the country it names, if any. */
type StyledRequest = LabelRequest & { muted?: boolean; country?: string };

/** The labels placed (placeLabels), each keeping its request's drawing style, for the world view and each inset. */
function placeStyledLabels(requests: readonly StyledRequest[], obstacles: readonly Box[], bounds: Box) {
  return placeLabels(requests, obstacles, bounds).map((label, index) => ({
    ...label,
    fontSize: requests[index]!.fontSize,
    muted: requests[index]!.muted,
    letterSpacing: requests[index]!.letterSpacing,
    country: requests[index]!.country,
  }));
}

/** Draws a story's locator map as a standalone SVG document, or nothing when the story names no place. */
export function storyMap(
  places: readonly MapPlace[],
  worlds: Worlds,
  palette: Palette,
  title: string,
  /** The drawing's width: MAP_WIDTH, or NARROW_MAP_WIDTH for a phone. */
  mapWidth = MAP_WIDTH,
): StoryMap | undefined {
  const points = places.filter((place): place is Point => place.kind === 'point');
  const countries = places
    .filter((place): place is Country => place.kind === 'country')
    .flatMap((place) => {
      const shape = worlds.overview.countries.get(place.outline);
      return shape ? [{ ...place, at: mainLand(shape) }] : [];
    });
  if (points.length + countries.length === 0) return undefined;

  const anchors: LonLat[] = [...points.map((point): LonLat => [point.lon, point.lat]), ...countries.map((country) => country.at)];
  const projection = geoNaturalEarth1()
    .rotate([-centralMeridian(anchors.map(([lon]) => lon)), 0])
    .fitWidth(mapWidth - 2 * PAD - 40, { type: 'MultiPoint', coordinates: anchors });
  // Fitted to the width; the height follows from the places' spread, with room for labels above and below.
  const projected = anchors.map((anchor) => projection(anchor)!);
  const xs = projected.map(([x]) => x);
  const ys = projected.map(([, y]) => y);
  // Whole pixels, as an <img>'s height attribute needs them.
  const worldHeight = Math.round(Math.max(mapWidth * 0.42, Math.max(...ys) - Math.min(...ys) + 2 * PAD + 30));
  const [tx, ty] = projection.translate();
  projection.translate([
    tx + mapWidth / 2 - (Math.min(...xs) + Math.max(...xs)) / 2,
    ty + worldHeight / 2 - (Math.min(...ys) + Math.max(...ys)) / 2,
  ]);
  projection.clipExtent([
    [0, 0],
    [mapWidth, worldHeight],
  ]);

  const marks = points.map((point) => {
    const [x, y] = projection([point.lon, point.lat])!;
    return { name: point.name, x, y, point };
  });
  const groups = crowdedGroups(marks, CROWDED);
  const grouped = new Set(groups.flat());
  const letters = groups.map((_, index) => String.fromCharCode(65 + index));

  // The closer views stand in a row under the world view.
  const insetWidth = groups.length === 0 ? 0 : Math.min(mapWidth / 2, (mapWidth - INSET_GAP * (groups.length - 1)) / groups.length);
  const insets = groups.map((names, index) => {
    const box: Box = { x: index * (insetWidth + INSET_GAP), y: worldHeight + INSET_GAP, width: insetWidth, height: INSET_HEIGHT };
    const members = names.map((name) => marks.find((mark) => mark.name === name)!.point);
    return { letter: letters[index]!, box, members, ...insetProjection(members, box) };
  });
  const height = groups.length === 0 ? worldHeight : worldHeight + INSET_GAP + INSET_HEIGHT;

  // Each closer view's frame on the world view: the circle it shows, at least a little square around its marks.
  const frames = insets.map((inset) => {
    const ring = inset.circle.coordinates[0]!.map((corner) => projection(corner as LonLat)).filter((corner) => corner !== null);
    const [left, right] = [Math.min(...ring.map(([x]) => x)), Math.max(...ring.map(([x]) => x))];
    const [top, bottom] = [Math.min(...ring.map(([, y]) => y)), Math.max(...ring.map(([, y]) => y))];
    const size = (low: number, high: number) => Math.max(high - low, 10);
    const width = size(left, right);
    const frameHeight = size(top, bottom);
    return {
      letter: inset.letter,
      box: { x: (left + right - width) / 2, y: (top + bottom - frameHeight) / 2, width, height: frameHeight },
    };
  });

  const bounds: Box = { x: 0, y: 0, width: mapWidth, height: worldHeight };
  const loose = marks.filter((mark) => !grouped.has(mark.name));
  const named = countries.map((country) => country.outline);
  // A country whose name would fall in a closer view's frame is named in that view instead.
  const countryLabel = (
    country: (typeof countries)[number],
    at: [number, number],
    world: World,
    view: GeoProjection,
  ): LabelRequest & { muted: boolean; country: string } => {
    const shape = world.countries.get(country.outline);
    return {
      text: country.name.toUpperCase(),
      at,
      fontSize: COUNTRY_FONT,
      kind: 'area',
      letterSpacing: COUNTRY_SPACING,
      muted: true,
      country: country.outline,
      fits: countryFits(world, view, country.outline, named),
      ...(shape ? { beside: drawnBounds(mainPiece(shape), view) } : {}),
    };
  };
  const framed = (at: [number, number]) => frames.some((frame) => inside(at, frame.box));
  const requests: StyledRequest[] = [
    // Cities first, so that each name stands right beside its mark; a country's name may move about on its land.
    ...loose.map((mark): LabelRequest => ({ text: mark.name, at: [mark.x, mark.y], fontSize: CITY_FONT, kind: 'point' })),
    ...countries.flatMap((country) => {
      const at = projection(country.at)!;
      return framed(at) ? [] : [countryLabel(country, at, worlds.overview, projection)];
    }),
    // A frame's letter last: it may stand on any side of its frame.
    ...frames.map((frame): LabelRequest => ({
      text: frame.letter,
      at: [frame.box.x + frame.box.width, frame.box.y + frame.box.height / 2],
      fontSize: CITY_FONT,
      kind: 'point',
    })),
  ];
  const placedLabels = placeStyledLabels(
    requests,
    [...marks.map((mark) => markBox(mark.x, mark.y)), ...frames.map((frame) => frame.box)],
    bounds,
  );
  // A country's name with no clear place is left off rather than laid over another name: its shading still shows it,
  // and the text alternative names it (North Korea's, on a phone's map, where Washington's and a frame's crowd it).
  const worldLabels = placedLabels.filter(
    (label) => label.country === undefined || placedLabels.every((other) => other === label || overlap(label.box, other.box) === 0),
  );

  const prefix = 'map';
  const insetSvg = insets.map((inset) => {
    const insetWorld = inset.radius < CLOSE_DATA_RADIUS ? worlds.close : worlds.overview;
    const insetMarks = inset.members.map((member) => {
      const [x, y] = inset.projection([member.lon, member.lat])!;
      return { name: member.name, x, y };
    });
    const insetRequests: StyledRequest[] = [
      ...insetMarks.map((mark): LabelRequest => ({ text: mark.name, at: [mark.x, mark.y], fontSize: CITY_FONT, kind: 'point' })),
      ...countries.flatMap((country) => {
        const at = inset.projection(country.at);
        return at && framed(projection(country.at)!) && inside(at, inset.box)
          ? [countryLabel(country, at, insetWorld, inset.projection)]
          : [];
      }),
    ];
    const labels = placeStyledLabels(
      insetRequests,
      [
        ...insetMarks.map((mark) => markBox(mark.x, mark.y)),
        { ...inset.box, width: 18, height: 18 },
        ...occupiedBoxes(insetWorld, inset.projection),
      ],
      inset.box,
    );
    const { x, y, width, height: boxHeight } = inset.box;
    return `<g data-view="closer ${inset.letter}"><clipPath id="${prefix}-clip-${inset.letter}"><rect x="${px(x)}" y="${px(y)}" width="${px(width)}" height="${boxHeight}"/></clipPath><rect x="${px(x)}" y="${px(y)}" width="${px(width)}" height="${boxHeight}" fill="${palette.water}"/><g clip-path="url(#${prefix}-clip-${inset.letter})">${drawWorld(insetWorld, inset.projection, named, palette, prefix)}</g>${insetMarks.map((mark) => drawMark(mark.name, mark.x, mark.y, palette)).join('')}${drawLabels(labels, palette)}${drawLabels([{ text: inset.letter, x: x + 5, y: y + 15, anchor: 'start', box: inset.box, fontSize: CITY_FONT }], palette)}<rect x="${px(x)}" y="${px(y)}" width="${px(width)}" height="${boxHeight}" fill="none" stroke="${palette.accent}"/></g>`;
  });

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${mapWidth} ${px(height)}" width="${mapWidth}" height="${px(height)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title><defs>${hatchPattern(prefix, palette)}</defs>`,
    `<g data-view="world"><rect width="${mapWidth}" height="${px(worldHeight)}" fill="${palette.water}"/>`,
    // Whole pixels: the world view's coasts are a few pixels long, and the map is never shown at twice its size.
    drawWorld(worlds.overview, projection, named, palette, prefix, 1),
    frames
      .map(
        ({ box }) =>
          `<rect x="${px(box.x)}" y="${px(box.y)}" width="${px(box.width)}" height="${px(box.height)}" fill="none" stroke="${palette.accent}"/>`,
      )
      .join(''),
    marks.map((mark) => drawMark(mark.name, mark.x, mark.y, palette, grouped.has(mark.name) ? 2 : 3)).join(''),
    drawLabels(worldLabels, palette),
    '</g>',
    ...insetSvg,
    '</svg>',
  ].join('');
  const inView = geoPath(projection);
  const description = [
    title,
    countries.length > 0 ? `Shaded: ${list(countries.map((country) => country.name))}.` : '',
    loose.length > 0 ? `Marked: ${list(loose.map((mark) => mark.name))}.` : '',
    ...insets.map((inset) => `Closer view ${inset.letter}: ${list(inset.members.map((member) => member.name))}.`),
  ]
    .filter(Boolean)
    .join(' ');
  return {
    width: mapWidth,
    height: Math.round(height * 10) / 10,
    insets: insets.map((inset) => ({ letter: inset.letter, places: inset.members.map((member) => member.name) })),
    description,
    borderNotes: worlds.overview.occupied.filter(({ shape }) => inView(shape) !== null).map(({ reassignment }) => reassignment.note),
    svg,
  };
}
