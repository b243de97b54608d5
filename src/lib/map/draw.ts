import { geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon } from 'geojson';
import type { World } from './borders';
import type { PlacedLabel } from './labels';

/*
 * The pieces every map draws, as SVG text: its colours, land, countries, the hatched occupied land, marks and
 * labels. A map served as an image cannot read the page's styles, and the site's Content-Security-Policy would refuse
 * a <style> inside it, so colours are presentation attributes, one file per colour scheme.
 */

/** The colours of a map drawn for one colour scheme; they follow the site's tokens (src/styles/tokens.css). */
export interface Palette {
  water: string;
  land: string;
  border: string;
  /** The countries a story names. */
  named: string;
  /** The hatching of occupied land, and the frames of the closer views. */
  accent: string;
  text: string;
  muted: string;
  /** The halo behind labels, so they read across coastlines. */
  halo: string;
}

export const PALETTES = {
  light: {
    water: '#eef1f2',
    land: '#dedad2',
    border: '#fdfcfa',
    named: '#f2cfc8',
    accent: '#a3261b',
    text: '#1c1b19',
    muted: '#595650',
    halo: '#fdfcfa',
  },
  dark: {
    water: '#1b1a18',
    land: '#3a3732',
    border: '#161513',
    named: '#6a3a33',
    accent: '#f08a7e',
    text: '#ece8e1',
    muted: '#b0aa9f',
    halo: '#161513',
  },
} as const satisfies Record<string, Palette>;

export type Scheme = keyof typeof PALETTES;

/** Text safe inside an SVG element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`);
}

/** A number as the map writes it: one decimal of a pixel, no trailing zero. */
export const px = (value: number) => String(Math.round(value * 10) / 10);

/**
 * A d3 path context that writes the shortest path text the map needs: each ring starts with an absolute move and goes
 * on in relative steps, rounded to a tenth of a pixel (the rounding error does not build up: each step is the
 * difference of two rounded points), and steps that round to nothing are left out. About half the bytes of d3's own
 * absolute output, and it compresses better, since coastlines repeat small steps.
 */
export class CompactPath {
  #text = '';
  #x = 0;
  #y = 0;
  #started = false;

  constructor(private readonly scale = 10) {}

  #round(value: number): number {
    return Math.round(value * this.scale);
  }

  #number(units: number): string {
    const text = String(units / this.scale);
    return text.startsWith('0.') ? text.slice(1) : text.startsWith('-0.') ? `-${text.slice(2)}` : text;
  }

  #pair(dx: number, dy: number): string {
    const y = this.#number(dy);
    return `${this.#number(dx)}${y.startsWith('-') ? '' : ' '}${y}`;
  }

  moveTo(x: number, y: number): void {
    [this.#x, this.#y] = [this.#round(x), this.#round(y)];
    this.#text += `M${this.#pair(this.#x, this.#y)}`;
    this.#started = false;
  }

  lineTo(x: number, y: number): void {
    const [rx, ry] = [this.#round(x), this.#round(y)];
    if (rx === this.#x && ry === this.#y) return;
    const pair = this.#pair(rx - this.#x, ry - this.#y);
    this.#text += this.#started ? (pair.startsWith('-') ? pair : ` ${pair}`) : `l${pair}`;
    this.#started = true;
    [this.#x, this.#y] = [rx, ry];
  }

  closePath(): void {
    this.#text += 'z';
    this.#started = false;
  }

  arc(): void {}

  beginPath(): void {}

  /** The path so far, and a fresh start. */
  result(): string {
    const text = this.#text;
    this.#text = '';
    return text;
  }
}

/** The id of the hatching pattern, unique per drawing so two maps inline on one page do not share it. */
export const hatchId = (prefix: string) => `${prefix}-hatch`;

/** The hatching that marks occupied land. */
export function hatchPattern(prefix: string, palette: Palette): string {
  return `<pattern id="${hatchId(prefix)}" patternUnits="userSpaceOnUse" width="3" height="3" patternTransform="rotate(45)"><path d="M0 0v3" stroke="${palette.accent}" stroke-width="1.2"/></pattern>`;
}

/**
 * The world through a projection: land, the named countries shaded, and the occupied land hatched. Paths are rounded
 * to 1/precision of a pixel: a tenth by default, which is all a closer view's size can show.
 */
export function drawWorld(
  world: World,
  projection: GeoProjection,
  named: readonly string[],
  palette: Palette,
  prefix: string,
  precision = 10,
): string {
  const context = new CompactPath(precision);
  const path = geoPath(projection, context);
  const shape = (feature: Feature<MultiPolygon>, attributes: string) => {
    path(feature);
    const d = context.result();
    return d ? `<path d="${d}" ${attributes}/>` : '';
  };
  const countries = named.flatMap((id) => {
    const country = world.countries.get(id);
    return country ? [shape(country, `data-country="${id}" fill="${palette.named}" stroke="${palette.border}" stroke-width="0.6"`)] : [];
  });
  const occupied = world.occupied.map(({ shape: land }) => shape(land, `fill="url(#${hatchId(prefix)})"`));
  return [shape(world.land, `fill="${palette.land}"`), ...countries, ...occupied].join('');
}

/** A place's mark: a dot with a ring of the halo colour, so it shows on land and water. */
export function drawMark(name: string, x: number, y: number, palette: Palette, radius = 3): string {
  return `<circle data-place="${escapeXml(name)}" cx="${px(x)}" cy="${px(y)}" r="${radius}" fill="${palette.text}" stroke="${palette.halo}" stroke-width="1.2"/>`;
}

/** Labels, each with a halo of the background's colour drawn under its letters. */
export function drawLabels(
  labels: readonly (PlacedLabel & {
    fontSize: number;
    muted?: boolean | undefined;
    letterSpacing?: number | undefined;
    /** A country's name carries its outline's code, as its shape does, so that a test can find one from the other. */
    country?: string | undefined;
  })[],
  palette: Palette,
): string {
  return labels
    .map(
      (label) =>
        `<text${label.country ? ` data-country="${label.country}"` : ''} x="${px(label.x)}" y="${px(label.y)}" text-anchor="${label.anchor}" font-size="${label.fontSize}"${
          label.letterSpacing ? ` letter-spacing="${label.letterSpacing}em"` : ''
        } fill="${label.muted ? palette.muted : palette.text}" stroke="${palette.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(label.text)}</text>`,
    )
    .join('');
}
