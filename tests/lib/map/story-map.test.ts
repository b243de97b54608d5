import { describe, expect, it } from 'vitest';
import { CompactPath } from '../../../src/lib/map/draw';
import { centralMeridian } from '../../../src/lib/map/layout';

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
