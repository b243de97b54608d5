import { describe, expect, it } from 'vitest';
import { glossaryMatcher } from '../../../src/lib/glossary/glossary';
import { linkSegments } from '../../../src/lib/glossary/links';
import type { GlossaryEntry } from '../../../src/schemas/glossary';
import { MODI_ENTRY } from '../../support/glossary-entries';

const modi = MODI_ENTRY;
const india: GlossaryEntry = { ...modi, id: 'india', term: 'India', kind: 'place', aliases: ['New Delhi'] };
const matcher = glossaryMatcher([modi, india]);

describe('splitting text into links', () => {
  it('links the first mention of each entry and leaves later ones as text', () => {
    const linked = new Set<string>();
    expect(linkSegments('Modi flew from New Delhi; Modi and India.', matcher, linked)).toEqual([
      { text: 'Modi', entryId: 'narendra-modi' },
      { text: ' flew from ' },
      { text: 'New Delhi', entryId: 'india' },
      { text: '; Modi and India.' },
    ]);
    expect([...linked]).toEqual(['narendra-modi', 'india']);
  });

  it('remembers across texts what is already linked, so each entry links once per section', () => {
    const linked = new Set(['narendra-modi']);
    expect(linkSegments('Modi’s visit to India', matcher, linked)).toEqual([
      { text: 'Modi’s visit to ' },
      { text: 'India', entryId: 'india' },
    ]);
    expect(linkSegments('India again, and Modi', matcher, linked)).toBeUndefined();
  });

  it('keeps a possessive outside the link', () => {
    expect(linkSegments('India’s leader', matcher, new Set())).toEqual([{ text: 'India', entryId: 'india' }, { text: '’s leader' }]);
  });
});
