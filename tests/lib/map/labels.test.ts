import { describe, expect, it } from 'vitest';
import { anchorPoint, overlap, placeLabels, type Box } from '../../../src/lib/map/labels';

const BOUNDS: Box = { x: 0, y: 0, width: 400, height: 200 };
const city = (text: string, x: number, y: number) => ({ text, at: [x, y] as const, fontSize: 13, kind: 'point' as const });

describe('placeLabels', () => {
  it('puts a lone label to the right of its point, its baseline level with it', () => {
    const [label] = placeLabels([city('Moscow', 100, 100)], [], BOUNDS);
    expect(label!.anchor).toBe('start');
    expect(label!.box.x).toBeGreaterThan(100);
    expect(label!.box.y).toBeLessThan(100);
    expect(label!.box.y + label!.box.height).toBeGreaterThan(100);
  });

  it('moves a label to the left of a point at the right edge, rather than past it', () => {
    const [label] = placeLabels([city('Washington', 395, 100)], [], BOUNDS);
    expect(label!.anchor).toBe('end');
    expect(label!.box.x + label!.box.width).toBeLessThan(395);
  });

  it('gives crowded points labels that cover neither each other nor any mark', () => {
    const points = [city('Beijing', 200, 100), city('Tianjin', 206, 104), city('Hebei', 196, 108), city('Shijiazhuang', 204, 96)];
    const marks: Box[] = points.map(({ at: [x, y] }) => ({ x: x - 3, y: y - 3, width: 6, height: 6 }));
    const labels = placeLabels(points, marks, BOUNDS);
    for (const [index, label] of labels.entries()) {
      for (const mark of marks) expect(overlap(label.box, mark), `${label.text} on a mark`).toBe(0);
      for (const other of labels.slice(index + 1)) expect(overlap(label.box, other.box), `${label.text} on ${other.text}`).toBe(0);
    }
  });

  it('centres a country’s name on its point', () => {
    const [label] = placeLabels([{ text: 'CHINA', at: [200, 100], fontSize: 11, kind: 'area' }], [], BOUNDS);
    expect(label!.anchor).toBe('middle');
    expect(label!.x).toBe(200);
  });
});

describe('placeLabels, for a country too small to hold its name', () => {
  // A shape of 10 by 10 pixels whose centre a frame covers, as Beijing's frame covers North Korea's on the world view.
  const shape: Box = { x: 200, y: 100, width: 10, height: 10 };
  const onOrBeside = (x: number, y: number) => x >= 195 && x <= 215 && y >= 95 && y <= 115;
  const korea = { text: 'NORTH KOREA', at: [205, 105] as const, fontSize: 11, kind: 'area' as const, beside: shape, fits: onOrBeside };

  it('puts the name right beside the shape, not lines away on other land, when the shape itself is taken', () => {
    const [label] = placeLabels([korea], [{ x: 150, y: 90, width: 60, height: 30 }], BOUNDS);
    expect(label!.anchor).toBe('start');
    expect(anchorPoint(label!)).toEqual([212.5, 105]);
  });

  it('keeps the name on the shape when it is free', () => {
    const [label] = placeLabels([korea], [], BOUNDS);
    expect([label!.anchor, ...anchorPoint(label!)]).toEqual(['middle', 205, 105]);
  });
});

describe('overlap', () => {
  it('measures the shared area of two boxes, and nothing for boxes that only touch', () => {
    expect(overlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(25);
    expect(overlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(0);
  });
});
