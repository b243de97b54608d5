import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { world } from '../../../src/lib/map/atlas-fs';

/** A point inside Crimea, near Simferopol: 45.0° N, 34.1° E, as [longitude, latitude]. */
const IN_CRIMEA: [number, number] = [34.1, 45.0];
/** Points well inside mainland Ukraine (Kyiv) and Russia (Moscow), as [longitude, latitude]. */
const KYIV: [number, number] = [30.52, 50.45];
const MOSCOW: [number, number] = [37.62, 55.75];
const UKRAINE = '804';
const RUSSIA = '643';

describe.each(['110m', '50m'] as const)('the %s world draws borders as the site holds them', (resolution) => {
  const { countries, occupied, land } = world(resolution);

  it('draws Crimea inside Ukraine’s shape and outside Russia’s', () => {
    expect(geoContains(countries.get(UKRAINE)!, IN_CRIMEA)).toBe(true);
    expect(geoContains(countries.get(RUSSIA)!, IN_CRIMEA)).toBe(false);
  });

  it('keeps the rest of both countries where they were', () => {
    expect(geoContains(countries.get(UKRAINE)!, KYIV)).toBe(true);
    expect(geoContains(countries.get(RUSSIA)!, MOSCOW)).toBe(true);
    expect(geoContains(countries.get(RUSSIA)!, KYIV)).toBe(false);
  });

  it('marks Crimea as occupied, with the resolution that the caption names', () => {
    expect(occupied.map(({ reassignment }) => reassignment.name)).toEqual(['Crimea']);
    expect(geoContains(occupied[0]!.shape, IN_CRIMEA)).toBe(true);
    expect(geoContains(occupied[0]!.shape, KYIV)).toBe(false);
    expect(occupied[0]!.reassignment.note).toContain('68/262');
  });

  it('still holds all the land, Crimea included', () => {
    expect(geoContains(land, IN_CRIMEA)).toBe(true);
    expect(geoContains(land, [-30, 40])).toBe(false);
  });
});
