import { describe, expect, it } from 'vitest';
import { sectionForHash } from '../../../src/lib/share/section-hash';

const SECTIONS = [
  { id: 'opening', formerIds: [] },
  { id: 'close-ties', formerIds: ['close-rapport', 'rapport'] },
];

describe('finding the section a location hash points at', () => {
  it('finds a section by its id', () => {
    expect(sectionForHash('#opening', SECTIONS)).toEqual({ id: 'opening', renamed: false });
  });

  it('sends a former id to the section that now has the content', () => {
    expect(sectionForHash('#close-rapport', SECTIONS)).toEqual({ id: 'close-ties', renamed: true });
  });

  it('reads the section out of a quote link left whole by a browser without text fragments', () => {
    expect(sectionForHash('#opening:~:text=Xi%2C%20receiving', SECTIONS)).toEqual({ id: 'opening', renamed: false });
    expect(sectionForHash('#rapport:~:text=banquet', SECTIONS)).toEqual({ id: 'close-ties', renamed: true });
  });

  it('ignores a hash that is empty, unknown, garbled or hostile', () => {
    for (const hash of ['', '#', '#main', '#%E0%A4%A', '#"><img src=x onerror=alert(1)>', `#${'x'.repeat(3000)}`, '#:~:text=Xi']) {
      expect(sectionForHash(hash, SECTIONS), hash.slice(0, 40)).toBeNull();
    }
  });
});
