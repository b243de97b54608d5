import { describe, expect, it } from 'vitest';
import { missingHashName, sectionForHash } from '../../../src/lib/share/section-hash';

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

describe('naming a hash that points at nothing on the page', () => {
  const ids = new Set(['opening', 'main', 'term-xi-jinping', 'toc-title']);
  const exists = (id: string) => ids.has(id);

  it('quotes an id the page does not have, decoded', () => {
    expect(missingHashName('#part-4', exists)).toBe('part-4');
    expect(missingHashName('#caf%C3%A9', exists)).toBe('café');
  });

  it('says nothing for no hash, the top, a text fragment, or an element the page has', () => {
    for (const hash of ['', '#', '#top', '#TOP', '#:~:text=Xi', '#opening', '#term-xi-jinping', '#main', '#opening:~:text=Xi']) {
      expect(missingHashName(hash, exists), hash).toBeNull();
    }
  });

  it('quotes a hostile, garbled or very long hash shortened, without control or direction characters', () => {
    expect(missingHashName('#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', exists)).toBe('<img src=x onerror=alert(1)>');
    expect(missingHashName('#%E0%A4%A', exists)).toBe('%E0%A4%A');
    expect(missingHashName(`#${'x'.repeat(5000)}`, exists)).toBe(`${'x'.repeat(60)}…`);
    expect(missingHashName('#%E2%80%AEevil%0Aname', exists)).toBe('evilname');
    expect(missingHashName('#%E2%80%AE', exists)).toBe('(an unreadable name)');
  });
});
