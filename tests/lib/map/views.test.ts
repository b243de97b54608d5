import { geoNaturalEarth1 } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { world } from '../../../src/lib/map/atlas-fs';
import { countryFits, drawnBounds, inside, insetProjection, occupiedBoxes } from '../../../src/lib/map/views';

/* The geometry of a map's views, with the real 1:110 million data and d3's Natural Earth projection at its defaults. */

const WORLD = world('110m');
const UKRAINE = '804';
const RUSSIA = '643';
/** [longitude, latitude]: Kyiv, Moscow, Berlin, the Black Sea 0.4° south of Crimea, and Belgorod, in Russia 40 km from Ukraine. */
const KYIV: [number, number] = [30.52, 50.45];
const MOSCOW: [number, number] = [37.62, 55.75];
const BERLIN: [number, number] = [13.4, 52.52];
const OFF_CRIMEA: [number, number] = [34.1, 44.0];
const BELGOROD: [number, number] = [36.58, 50.6];

// About 175 px a radian: 8 px is about 2.6° here.
const projection = geoNaturalEarth1();
const at = (place: [number, number]) => projection(place)!;

describe('where a country’s name may stand', () => {
  const ukraineAmongShaded = countryFits(WORLD, projection, UKRAINE, [UKRAINE, RUSSIA]);

  it('is on its own country, or within 8 px of it, as over the sea off Crimea', () => {
    expect(ukraineAmongShaded(...at(KYIV))).toBe(true);
    expect(ukraineAmongShaded(...at(OFF_CRIMEA))).toBe(true);
    expect(ukraineAmongShaded(...at(BERLIN))).toBe(false);
  });

  it('is on no other shaded country, however near its own', () => {
    expect(ukraineAmongShaded(...at(BELGOROD))).toBe(false);
    expect(ukraineAmongShaded(...at(MOSCOW))).toBe(false);
    // With Russia not shaded, Belgorod's land is only near Ukraine's.
    expect(countryFits(WORLD, projection, UKRAINE, [UKRAINE])(...at(BELGOROD))).toBe(true);
  });

  it('is nowhere for a country the data does not hold, nor off the globe', () => {
    expect(countryFits(WORLD, projection, '999', ['999'])(...at(KYIV))).toBe(false);
    expect(ukraineAmongShaded(-1000, -1000)).toBe(false);
  });
});

describe('a view’s boxes', () => {
  it('put the occupied land where Crimea is drawn, and nowhere else', () => {
    const boxes = occupiedBoxes(WORLD, projection);
    expect(boxes).toHaveLength(1);
    expect(inside(at([34.1, 45.0]), boxes[0]!)).toBe(true);
    expect(inside(at(KYIV), boxes[0]!)).toBe(false);
  });

  it('bound a country’s drawn shape: Ukraine’s holds Kyiv and Crimea, not Moscow', () => {
    const ukraine = drawnBounds(WORLD.countries.get(UKRAINE)!, projection);
    expect(inside(at(KYIV), ukraine)).toBe(true);
    expect(inside(at([34.1, 45.0]), ukraine)).toBe(true);
    expect(inside(at(MOSCOW), ukraine)).toBe(false);
  });

  it('count their edges as inside', () => {
    const box = { x: 0, y: 0, width: 10, height: 10 };
    expect([inside([0, 0], box), inside([10, 10], box), inside([10.1, 5], box), inside([5, -0.1], box)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('a closer view', () => {
  const box = { x: 0, y: 300, width: 160, height: 170 };
  const point = (name: string, [lon, lat]: [number, number]) => ({ kind: 'point' as const, name, lon, lat });

  it('shows at least 1.4° around places as close as Beijing and Tianjin, centred in its box', () => {
    const beijing: [number, number] = [116.4, 39.9];
    const tianjin: [number, number] = [117.2, 39.13];
    const view = insetProjection([point('Beijing', beijing), point('Tianjin', tianjin)], box);
    expect(view.radius).toBe(1.4);
    const [cx, cy] = view.projection([116.8, 39.52])!;
    expect(cx).toBeCloseTo(80, 0);
    expect(cy).toBeCloseTo(385, 0);
    for (const place of [beijing, tianjin]) expect(inside(view.projection(place)!, box)).toBe(true);
  });

  it('reaches 1.35 times as far as its farthest place from their centre: about 4.6° for Moscow and Kyiv', () => {
    // Moscow and Kyiv are about 756 km apart, 6.8° of a great circle: 3.4° each from their midpoint, times 1.35.
    const view = insetProjection([point('Moscow', MOSCOW), point('Kyiv', KYIV)], box);
    expect(view.radius).toBeCloseTo(4.6, 1);
    for (const place of [MOSCOW, KYIV]) expect(inside(view.projection(place)!, box)).toBe(true);
    // Berlin, about 8° beyond its edge, falls outside it.
    expect(inside(view.projection(BERLIN)!, box)).toBe(false);
  });
});
