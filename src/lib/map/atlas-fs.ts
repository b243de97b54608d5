import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { editorialWorld, type World } from './borders';

/** Natural Earth's scales as world-atlas ships them: 1:110 million for a world map, 1:50 million for a closer view. */
export type Resolution = '110m' | '50m';

const require = createRequire(import.meta.url);
const worlds = new Map<Resolution, World>();

/** The world at a scale, read from the world-atlas package once per build, with the site's borders (borders.ts). */
export function world(resolution: Resolution): World {
  let drawn = worlds.get(resolution);
  if (!drawn) {
    const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8')) as Topology;
    drawn = editorialWorld(topology);
    worlds.set(resolution, drawn);
  }
  return drawn;
}
