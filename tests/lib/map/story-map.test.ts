import { load } from 'cheerio';
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { world } from '../../../src/lib/map/atlas-fs';
import { CompactPath, drawLabels, drawMark, escapeXml, PALETTES, px } from '../../../src/lib/map/draw';
import { labelWidth, overlap, type Box } from '../../../src/lib/map/labels';
import { centralMeridian, crowdedGroups, mainLand, mainPiece } from '../../../src/lib/map/layout';
import type { MapPlace } from '../../../src/lib/map/places';
import { MAP_WIDTH, NARROW_MAP_WIDTH, storyMap } from '../../../src/lib/map/story-map';
import { fixtureStory } from '../../support/story';

describe('centralMeridian', () => {
  it('puts the widest empty stretch of longitude at the edges: the Atlantic, for places from Kyiv to Washington by way of Asia and Alaska', () => {
    // Kyiv 30.5° E, Beijing 116.4° E, Alaska 152.5° W, Washington 77° W: the gaps are 85.9°, 91.1° (the Pacific),
    // 75.5° and 107.5° (the Atlantic); east from Kyiv to Washington is 252.5°, whose middle is 156.75° E.
    expect(centralMeridian([30.5, 116.4, -152.5, -77])).toBeCloseTo(156.75, 5);
  });

  it('puts the Pacific at the edges when it is the widest gap: Kyiv, Beijing and Washington alone', () => {
    // The gaps: 85.9°, 166.6° (the Pacific, from Beijing east to Washington) and 107.5°; west from Beijing to Washington
    // is 193.4°, whose middle is 19.7° E.
    expect(centralMeridian([30.5, 116.4, -77])).toBeCloseTo(19.7, 5);
  });

  it('centres places that sit on one side of the date line between them', () => {
    expect(Math.abs(centralMeridian([170, -170]))).toBeCloseTo(180, 5);
  });

  it('centres on Greenwich when there is nothing to place', () => {
    expect(centralMeridian([])).toBe(0);
  });
});

describe('CompactPath', () => {
  it('writes a ring as one absolute move and relative steps, to a tenth of a pixel, leaving out steps that round to nothing', () => {
    const path = new CompactPath();
    path.moveTo(10.04, 20);
    path.lineTo(10.5, 20.25);
    path.lineTo(10.52, 20.26);
    path.lineTo(9.5, 21);
    path.closePath();
    expect(path.result()).toBe('M10 20l.5 .3-1 .7z');
  });

  it('writes whole pixels when asked', () => {
    const path = new CompactPath(1);
    path.moveTo(10.4, 20.6);
    path.lineTo(13.2, 18.1);
    expect(path.result()).toBe('M10 21l3-3');
  });
});

describe('crowdedGroups', () => {
  it('groups marks closer than the distance by single linkage, leaves lone marks out, and puts the largest group first', () => {
    const points = [
      { name: 'E', x: 200, y: 0 },
      { name: 'F', x: 215.9, y: 0 },
      { name: 'A', x: 0, y: 0 },
      { name: 'B', x: 10, y: 0 },
      // 10 px from B but 20 from A: in A's group through B.
      { name: 'C', x: 20, y: 0 },
      { name: 'D', x: 100, y: 100 },
      // Exactly 16 px from D: not closer than 16, so D and G stay alone.
      { name: 'G', x: 116, y: 100 },
    ];
    expect(crowdedGroups(points, 16)).toEqual([
      ['A', 'B', 'C'],
      ['E', 'F'],
    ]);
  });
});

describe('mainLand', () => {
  const unitedStates = world('110m').countries.get('840')!;

  it('puts the United States’ name on its largest piece, the lower 48, not between it and Alaska', () => {
    const [lon, lat] = mainLand(unitedStates);
    // The contiguous United States spans about 125° W to 67° W and 25° N to 49° N.
    expect(lon).toBeGreaterThan(-125);
    expect(lon).toBeLessThan(-67);
    expect(lat).toBeGreaterThan(25);
    expect(lat).toBeLessThan(49);
    // Kansas is in that piece; Anchorage, Alaska, is not.
    expect(geoContains(mainPiece(unitedStates), [-98, 38.5])).toBe(true);
    expect(geoContains(mainPiece(unitedStates), [-149.9, 61.2])).toBe(false);
  });
});

describe('the map’s text', () => {
  it('escapes what XML would read as markup', () => {
    expect(escapeXml('AT&T <"Beijing">')).toBe('AT&amp;T &lt;&quot;Beijing&quot;&gt;');
    expect(drawMark('Bosnia & Herzegovina', 1, 2, PALETTES.light)).toContain('data-place="Bosnia &amp; Herzegovina"');
  });

  it('writes numbers to a tenth of a pixel, without trailing zeros or a minus zero', () => {
    expect([px(3), px(1.25), px(12.34), px(-0.04), px(-7.06)]).toEqual(['3', '1.3', '12.3', '0', '-7.1']);
  });

  it('draws a country’s name muted, spaced and carrying its outline’s code, a city’s in the text colour', () => {
    const box = { x: 0, y: 0, width: 10, height: 10 };
    const svg = drawLabels(
      [
        { text: 'RUSSIA', x: 10, y: 20, anchor: 'middle', box, fontSize: 11, muted: true, letterSpacing: 0.06, country: '643' },
        { text: 'Moscow', x: 30.04, y: 40, anchor: 'start', box, fontSize: 13 },
      ],
      PALETTES.dark,
    );
    expect(svg).toBe(
      '<text data-country="643" x="10" y="20" text-anchor="middle" font-size="11" letter-spacing="0.06em" fill="#b0aa9f" stroke="#161513" stroke-width="3" stroke-linejoin="round" paint-order="stroke">RUSSIA</text>' +
        '<text x="30" y="40" text-anchor="start" font-size="13" fill="#ece8e1" stroke="#161513" stroke-width="3" stroke-linejoin="round" paint-order="stroke">Moscow</text>',
    );
  });
});

/*
 * storyMap with the real Natural Earth data (world-atlas, as the build reads it) and the fixture story's places:
 * Russia and Ukraine shaded, Crimea, Moscow and Singapore marked (tests/fixtures/content/glossary.yaml).
 */
const WORLDS = { overview: world('110m'), close: world('50m') };
const TITLE = 'Locator map.';
const point = (name: string, lon: number, lat: number): MapPlace => ({ kind: 'point', name, lon, lat });
// Beijing and Tianjin are about 110 km apart: one mark on a world view.
const BEIJING = point('Beijing', 116.4, 39.9);
const TIANJIN = point('Tianjin', 117.2, 39.13);
const CHINA: MapPlace = { kind: 'country', name: 'China', entry: 'china', outline: '156' };
const CRIMEA_NOTE = 'Crimea is drawn as part of Ukraine (UN General Assembly resolution 68/262), hatched: occupied by Russia since 2014.';

/** What a drawn map shows in one view: its labels' boxes, its marks' and frames' boxes, and its edge. */
interface DrawnView {
  view: string;
  labels: { text: string; box: Box }[];
  obstacles: { what: string; box: Box }[];
  edge: Box;
}

/**
 * Each view of a drawn map, read back from its SVG. A label's box is rebuilt from what the SVG says (anchor, baseline,
 * font size) by the placer's own measure of text: labelWidth, 1.2 em tall, the baseline 0.93 em down. Chromium's real
 * fonts are measured in tests/browser/maps.test.ts.
 */
function drawnViews(svg: string): DrawnView[] {
  const $ = load(svg, { xml: true });
  const number = (value: string | undefined) => Number(value ?? 0);
  return $('g[data-view]')
    .get()
    .map((group) => {
      const view = $(group);
      const edge = view.children('rect').first();
      const labels = view
        .children('text')
        .get()
        .map((element) => {
          const text = $(element);
          const fontSize = number(text.attr('font-size'));
          const width = labelWidth(text.text(), fontSize, Number.parseFloat(text.attr('letter-spacing') ?? '0'));
          const x = number(text.attr('x'));
          const left = { start: x, middle: x - width / 2, end: x - width }[text.attr('text-anchor') as 'start' | 'middle' | 'end'];
          return { text: text.text(), box: { x: left, y: number(text.attr('y')) - 0.93 * fontSize, width, height: 1.2 * fontSize } };
        });
      const marks = view
        .children('circle')
        .get()
        .map((element) => {
          const mark = $(element);
          const [cx, cy, r] = [number(mark.attr('cx')), number(mark.attr('cy')), number(mark.attr('r'))];
          return { what: `the mark of ${mark.attr('data-place')}`, box: { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r } };
        });
      const frames = view
        .children('rect[fill="none"]')
        .get()
        .map((element) => {
          const frame = $(element);
          const box = {
            x: number(frame.attr('x')),
            y: number(frame.attr('y')),
            width: number(frame.attr('width')),
            height: number(frame.attr('height')),
          };
          return { what: 'a frame', box };
        });
      return {
        view: view.attr('data-view')!,
        labels,
        obstacles: [...marks, ...(view.attr('data-view') === 'world' ? frames : [])],
        edge: {
          x: number(edge.attr('x')),
          y: number(edge.attr('y')),
          width: number(edge.attr('width')),
          height: number(edge.attr('height')),
        },
      };
    });
}

/** Every label that covers another label, a mark or a frame, or crosses its view's edge (a twentieth of a pixel of rounding allowed). */
function clashes(svg: string): string[] {
  return drawnViews(svg).flatMap(({ view, labels, obstacles, edge }) =>
    labels.flatMap((label, index) => [
      ...labels.slice(index + 1).flatMap((other) => (overlap(label.box, other.box) > 0 ? [`${view}: ${label.text} on ${other.text}`] : [])),
      ...obstacles.flatMap((obstacle) => (overlap(label.box, obstacle.box) > 0 ? [`${view}: ${label.text} on ${obstacle.what}`] : [])),
      ...(label.box.x < edge.x - 0.05 ||
      label.box.y < edge.y - 0.05 ||
      label.box.x + label.box.width > edge.x + edge.width + 0.05 ||
      label.box.y + label.box.height > edge.y + edge.height + 0.05
        ? [`${view}: ${label.text} past the edge`]
        : []),
    ]),
  );
}

const attributes = (svg: string, element: string, name: string) =>
  [...svg.matchAll(new RegExp(`<${element} [^>]*?${name}="([^"]*)"`, 'g'))].map(([, value]) => value);

describe('storyMap, drawn from the real map data', () => {
  const places = fixtureStory().mapPlaces;
  const map = storyMap(places, WORLDS, PALETTES.light, TITLE)!;

  it('draws nothing for a story that names no place, nor for a country the data does not hold', () => {
    expect(storyMap([], WORLDS, PALETTES.light, TITLE)).toBeUndefined();
    expect(
      storyMap([{ kind: 'country', name: 'Atlantis', entry: 'atlantis', outline: '999' }], WORLDS, PALETTES.light, TITLE),
    ).toBeUndefined();
  });

  it('names in words every country it shades and every place it marks, after its title', () => {
    expect(map.description).toBe('Locator map. Shaded: Russia and Ukraine. Marked: Crimea, Moscow and Singapore.');
    expect(map.insets).toEqual([]);
  });

  it('shades the story’s countries and marks each of its points once, with its title as its accessible name', () => {
    expect(attributes(map.svg, 'path', 'data-country')).toEqual(['643', '804']);
    expect(attributes(map.svg, 'circle', 'data-place')).toEqual(['Crimea', 'Moscow', 'Singapore']);
    expect(map.svg).toContain('role="img" aria-label="Locator map."><title>Locator map.</title>');
  });

  it('hatches Crimea as occupied, and gives the caption its note', () => {
    expect(map.svg).toMatch(/<path d="M[^"]+" fill="url\(#map-hatch\)"\/>/);
    expect(map.borderNotes).toEqual([CRIMEA_NOTE]);
  });

  it('says nothing of Crimea on a map that does not show it', () => {
    const southAmerica = storyMap([point('Brasília', -47.9, -15.8), point('Buenos Aires', -58.4, -34.6)], WORLDS, PALETTES.light, TITLE)!;
    expect(southAmerica.borderNotes).toEqual([]);
    expect(southAmerica.svg).not.toContain('fill="url(#map-hatch)"');
  });

  it('is 420 px wide for a wide column and 320 px for a phone’s', () => {
    expect([map.width, map.svg]).toEqual([420, expect.stringContaining('viewBox="0 0 420 ')]);
    const narrow = storyMap(places, WORLDS, PALETTES.light, TITLE, NARROW_MAP_WIDTH)!;
    expect([narrow.width, narrow.svg]).toEqual([320, expect.stringContaining('viewBox="0 0 320 ')]);
    expect(narrow.description).toBe(map.description);
  });

  it.each<[string, readonly MapPlace[]]>([
    ['the fixture story’s places', places],
    ['places with a closer view and a third shaded country', [...places, BEIJING, TIANJIN, CHINA]],
    [
      'the places of the SCO story, from Kyiv to Alaska, crowded around two closer views',
      [
        ...places,
        BEIJING,
        TIANJIN,
        CHINA,
        { kind: 'country', name: 'India', entry: 'india', outline: '356' },
        { kind: 'country', name: 'North Korea', entry: 'north-korea', outline: '408' },
        { kind: 'country', name: 'United States', entry: 'united-states', outline: '840' },
        point('Kyiv', 30.52, 50.45),
        point('Donbas', 38, 48),
        point('New Delhi', 77.2, 28.6),
        point('Washington', -77, 38.9),
        point('Alaska', -150, 64),
      ],
    ],
  ])('keeps every label of %s off every other label, mark and frame, and inside its view, wide and narrow', (_, mapped) => {
    for (const width of [MAP_WIDTH, NARROW_MAP_WIDTH]) {
      const svg = storyMap(mapped, WORLDS, PALETTES.light, TITLE, width)!.svg;
      expect(drawnViews(svg).flatMap(({ labels }) => labels).length, `${width} px`).toBeGreaterThanOrEqual(5);
      expect(clashes(svg), `${width} px`).toEqual([]);
    }
  });
});

describe('storyMap’s closer views', () => {
  const map = storyMap([...fixtureStory().mapPlaces, BEIJING, TIANJIN], WORLDS, PALETTES.light, TITLE)!;

  it('gives places too close to tell apart a closer view, lettered, and lists them under its letter', () => {
    expect(map.insets).toEqual([{ letter: 'A', places: ['Beijing', 'Tianjin'] }]);
    expect(map.description).toBe(
      'Locator map. Shaded: Russia and Ukraine. Marked: Crimea, Moscow and Singapore. Closer view A: Beijing and Tianjin.',
    );
  });

  it('marks them small on the world view, beside a lettered frame, and full size in the closer view, each labelled there', () => {
    const [worldView, closer] = drawnViews(map.svg);
    expect(worldView!.labels.map(({ text }) => text)).toEqual(['Crimea', 'Moscow', 'Singapore', 'RUSSIA', 'UKRAINE', 'A']);
    expect(closer!.view).toBe('closer A');
    expect(closer!.labels.map(({ text }) => text)).toEqual(['Beijing', 'Tianjin', 'A']);
    expect(map.svg).toMatch(/<circle data-place="Beijing" [^>]*r="2"[^]*<circle data-place="Beijing" [^>]*r="3"/);
    expect(worldView!.obstacles.filter(({ what }) => what === 'a frame')).toHaveLength(1);
  });

  it('stands under the world view, 170 px tall after a gap of 10', () => {
    const [worldView, closer] = drawnViews(map.svg);
    expect(closer!.edge.y).toBe(worldView!.edge.height + 10);
    expect(closer!.edge.height).toBe(170);
    expect(map.height).toBe(worldView!.edge.height + 180);
  });
});
