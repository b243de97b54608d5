/*
 * Where each label of a map goes, so that none covers another, a mark or a frame. d3 has no label placer, and the
 * maps hold a score of labels at most, so a greedy pass is enough and gives the same map on every build: each label
 * tries the positions cartographers prefer around a point (Imhof's order: right, left, above, below, then the
 * diagonals) and takes the first that is free and inside the map; when none is free it takes the one that covers
 * least.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  text: string;
  /** The point it names, in the map's pixels. */
  at: readonly [number, number];
  fontSize: number;
  /** A point's label stands beside its mark; an area's (a country's) stands on it. */
  kind: 'point' | 'area';
  /** Extra room between letters, in em, as the map draws it. */
  letterSpacing?: number;
  /**
   * An area's drawn bounds: where its name may stand beside it when the area is too small to hold it (North Korea on
   * a world view).
   */
  beside?: Box;
  /** Whether an area's name may stand with its anchor point here (on its own area, on no other): see anchorPoint. */
  fits?: (x: number, y: number) => boolean;
}

export interface PlacedLabel {
  text: string;
  /** Where the text's baseline starts, ends or centres, as `anchor` says. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/**
 * The width of a label, estimated from its font size: a system sans-serif averages 0.5 to 0.6 em a lower-case letter
 * (DejaVu Sans, the widest common fallback, about 0.6), so 0.62 leaves room; its capitals, which name countries, run
 * to 0.7 em.
 */
export function labelWidth(text: string, fontSize: number, letterSpacing = 0): number {
  const capitals = [...text].filter((letter) => letter !== letter.toLowerCase()).length;
  return (text.length * (0.62 + letterSpacing) + capitals * 0.1) * fontSize;
}

/** The point a label stands for: where its text is anchored, halfway up its box. */
export function anchorPoint(label: PlacedLabel): [number, number] {
  return [label.x, label.box.y + label.box.height / 2];
}

/** The room kept clear around every label, in pixels. */
const MARGIN = 1;

/** The room between a mark's centre and its label. */
const GAP = 5;

function candidates(request: LabelRequest): PlacedLabel[] {
  const { text, fontSize } = request;
  const [x, y] = request.at;
  const width = labelWidth(text, fontSize, request.letterSpacing);
  // As tall as Chromium measures DejaVu Sans's text (ascent 0.93 em, descent 0.24 em).
  const height = fontSize * 1.2;
  // The baseline sits at the ascent.
  const baseline = (top: number) => top + fontSize * 0.93;
  const at = (anchor: PlacedLabel['anchor'], left: number, top: number): PlacedLabel => ({
    text,
    x: anchor === 'start' ? left : anchor === 'end' ? left + width : left + width / 2,
    y: baseline(top),
    anchor,
    box: { x: left, y: top, width, height },
  });
  if (request.kind === 'area') {
    // On the point if it is free, else nudged up or down a line, then sideways: a country's name may move within it.
    const left = x - width / 2;
    const top = y - height / 2;
    const on = [0, -1, 1, -2, 2].flatMap((down) =>
      [0, -1, 1].map((across) => at('middle', left + (across * width) / 3, top + down * height)),
    );
    const area = request.beside;
    // Beside the area, as a point's name stands beside its mark, when the area cannot hold it.
    const beside = area
      ? [
          at('start', area.x + area.width + GAP / 2, area.y + area.height / 2 - height / 2),
          at('end', area.x - GAP / 2 - width, area.y + area.height / 2 - height / 2),
          at('middle', area.x + area.width / 2 - width / 2, area.y - height),
          at('middle', area.x + area.width / 2 - width / 2, area.y + area.height),
        ]
      : [];
    const fitting = [...on, ...beside].filter((label) => request.fits?.(...anchorPoint(label)) ?? true);
    return fitting.length > 0 ? fitting : on;
  }
  const side = GAP * 0.7;
  return [
    at('start', x + GAP, y - height / 2),
    at('end', x - GAP - width, y - height / 2),
    at('middle', x - width / 2, y - GAP - height),
    at('middle', x - width / 2, y + GAP),
    at('start', x + side, y - side - height),
    at('start', x + side, y + side),
    at('end', x - side - width, y - side - height),
    at('end', x - side - width, y + side),
  ];
}

/** How much of two boxes overlaps, in square pixels, counting `margin` pixels around each as theirs. */
export function overlap(a: Box, b: Box, margin = 0): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) + 2 * margin;
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) + 2 * margin;
  return width > 0 && height > 0 ? width * height : 0;
}

/** How much of a box lies outside the bounds, in square pixels. */
function outside(box: Box, bounds: Box): number {
  // Rounded: a box wholly inside can come out a hair over nothing, which would pass over the preferred position.
  const area = box.width * box.height - overlap(box, bounds);
  return area < 1e-6 ? 0 : area;
}

/**
 * Places every label, in the order given (put the most crowded first), around what is already on the map: the
 * marks and frames in `obstacles`, within `bounds`.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], bounds: Box): PlacedLabel[] {
  let order = requests.map((_, index) => index);
  let best = placeInOrder(requests, order, obstacles, bounds);
  // A label left with no free place goes first in a second pass, once each: the greedy order may have given its
  // place away to a label that had others (North Korea's name, boxed in by Washington's on a phone's map).
  let current = best;
  const moved = new Set<number>();
  while (best.cost > 0) {
    const stuck = order.find((index) => current.costs[index]! > 0 && !moved.has(index));
    if (stuck === undefined) break;
    moved.add(stuck);
    order = [stuck, ...order.filter((index) => index !== stuck)];
    current = placeInOrder(requests, order, obstacles, bounds);
    if (current.cost < best.cost) best = current;
  }
  return best.labels;
}

/** Places the labels greedily in the order given; each label's cost is what it covers or leaves outside. */
function placeInOrder(requests: readonly LabelRequest[], order: readonly number[], obstacles: readonly Box[], bounds: Box) {
  const taken: Box[] = [...obstacles];
  const labels: PlacedLabel[] = [];
  const costs: number[] = [];
  for (const index of order) {
    // A pixel of margin: a reader's fonts differ a little from the estimate.
    const cost = (label: PlacedLabel) =>
      outside(label.box, bounds) * 4 + taken.reduce((sum, box) => sum + overlap(label.box, box, MARGIN), 0);
    const options = candidates(requests[index]!);
    let best = options[0]!;
    let bestCost = cost(best);
    for (const option of options.slice(1)) {
      if (bestCost === 0) break;
      const optionCost = cost(option);
      if (optionCost < bestCost) [best, bestCost] = [option, optionCost];
    }
    taken.push(best.box);
    labels[index] = best;
    costs[index] = bestCost;
  }
  return { labels, costs, cost: costs.reduce((sum, cost) => sum + cost, 0) };
}
