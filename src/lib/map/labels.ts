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
}

export interface PlacedLabel {
  text: string;
  /** Where the text's baseline starts, ends or centres, as `anchor` says. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** The width of a label, estimated from its font size: a system sans-serif averages 0.5 to 0.6 em a character (DejaVu Sans, the widest common fallback, about 0.6), so 0.62 leaves room. */
export function labelWidth(text: string, fontSize: number, letterSpacing = 0): number {
  return text.length * fontSize * (0.62 + letterSpacing);
}

/** The room kept clear around every label, in pixels. */
const MARGIN = 1;

/** The room between a mark's centre and its label. */
const GAP = 5;

function candidates(request: LabelRequest): PlacedLabel[] {
  const { text, fontSize } = request;
  const [x, y] = request.at;
  const width = labelWidth(text, fontSize, request.letterSpacing);
  const height = fontSize * 1.15;
  // The baseline sits about a third of the font size below the middle of the box.
  const baseline = (top: number) => top + height * 0.78;
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
    return [0, -1, 1, -2, 2].flatMap((down) => [0, -1, 1].map((across) => at('middle', left + (across * width) / 3, top + down * height)));
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
  return box.width * box.height - overlap(box, bounds);
}

/**
 * Places every label, in the order given (put the most crowded first), around what is already on the map: the
 * marks and frames in `obstacles`, within `bounds`.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], bounds: Box): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  return requests.map((request) => {
    // A pixel of margin: a reader's fonts differ a little from the estimate.
    const cost = (label: PlacedLabel) =>
      outside(label.box, bounds) * 4 + taken.reduce((sum, box) => sum + overlap(label.box, box, MARGIN), 0);
    const options = candidates(request);
    let best = options[0]!;
    let bestCost = cost(best);
    for (const option of options.slice(1)) {
      if (bestCost === 0) break;
      const optionCost = cost(option);
      if (optionCost < bestCost) [best, bestCost] = [option, optionCost];
    }
    taken.push(best.box);
    return best;
  });
}
