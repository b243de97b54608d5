import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importChecklist } from '../../../src/lib/import/checklist';
import { readPlainArticle } from '../../../src/lib/import/plain-article';

const seed = readPlainArticle(readFileSync(new URL('../../fixtures/seed.txt', import.meta.url), 'utf8'), 'seed.txt');
const glossary = [
  { id: 'narendra-modi', term: 'Narendra Modi', kind: 'person', aliases: ['Modi'] },
  { id: 'russia', term: 'Russia', kind: 'place', aliases: ['Moscow'] },
] as const;

describe('the checklist after an import', () => {
  const checklist = importChecklist(
    seed,
    glossary.map((entry) => ({ ...entry, aliases: [...entry.aliases] })),
  );

  it('counts the glossary entries the story names, headline and headings included', () => {
    // Modi: the headline, line 30's "ties with Modi", the caption, "On Monday, Modi", "Modi said", "(Modi) reiterated".
    expect(checklist.mentionedEntries).toEqual([
      { id: 'russia', term: 'Russia', count: 17 },
      { id: 'narendra-modi', term: 'Narendra Modi', count: 6 },
    ]);
  });

  it('lists capitalised names that nothing covers, but not sentence openers, days or months', () => {
    const names = checklist.uncoveredNames.map((name) => name.name);
    expect(names).toContain('Peng Liyuan');
    expect(names).toContain('Latin America');
    expect(names).toContain('Indian');
    for (const notAName of ['The', 'The Russian', 'On Monday', 'Sunday', 'August', 'February', 'I', 'Observers', 'Just']) {
      expect(names).not.toContain(notAName);
    }
    // Xi: twelve times in the text, once of them in the headline, which is left out as title case.
    expect(checklist.uncoveredNames.find((name) => name.name === 'Xi')).toEqual({ name: 'Xi', firstLine: 2, count: 11 });
  });
});
