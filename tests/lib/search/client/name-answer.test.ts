import { describe, expect, it } from 'vitest';
import { nameAnswer } from '../../../../src/lib/search/client/name-answer';
import type { SearchName } from '../../../../src/lib/search/names';

const XI: SearchName = {
  id: 'xi-jinping',
  term: 'Xi Jinping',
  kind: 'person',
  aliases: ['Xi'],
  definition: 'President of China.',
  url: '/glossary/xi-jinping/',
  mentions: 3,
  stories: 1,
  context: false,
  places: [
    {
      url: '/sco-2025/#opening',
      anchor: 'opening',
      label: 'Opening',
      sentences: [
        { text: 'Xi met Putin.', highlights: [[0, 2]] },
        {
          text: 'Then Xi spoke, and Xi left.',
          highlights: [
            [5, 7],
            [19, 21],
          ],
        },
      ],
    },
    { url: '/#parade', anchor: 'parade', label: 'The parade', sentences: [{ text: 'A parade for Xi.', highlights: [[13, 15]] }] },
  ],
};

describe('the answer to a name query from the names file', () => {
  it('lists the places that name the entry, in page order, their sentences joined with their names marked', () => {
    const answer = nameAnswer('jinping', [XI]);
    expect(answer?.names.map((name) => name.id)).toEqual(['xi-jinping']);
    expect(answer?.count).toBe(2);
    expect(answer?.groups.map((group) => group.label)).toEqual(['In the article']);
    const [opening, parade] = answer?.groups[0]?.hits ?? [];
    expect(opening).toMatchObject({ url: '/sco-2025/#opening', anchor: 'opening', title: 'Opening', matches: 3 });
    expect(opening?.excerpt).toEqual([
      { text: 'Xi', mark: true },
      { text: ' met Putin.', mark: false },
      { text: ' … ', mark: false },
      { text: 'Then ', mark: false },
      { text: 'Xi', mark: true },
      { text: ' spoke, and ', mark: false },
      { text: 'Xi', mark: true },
      { text: ' left.', mark: false },
    ]);
    expect(parade).toMatchObject({ url: '/#parade', matches: 1 });
    // Landing highlights every form of the name, as the full results do.
    expect(opening?.plan).toEqual({ kind: 'names', forms: ['Xi Jinping', 'Xi'] });
  });

  it('leaves an ordinary word to Pagefind', () => {
    expect(nameAnswer('parade', [XI])).toBeNull();
  });

  it('still shows the card of an entry the article never names', () => {
    expect(nameAnswer('Xi', [{ ...XI, places: [] }])).toMatchObject({ count: 0, groups: [] });
  });
});
