import { describe, expect, it } from 'vitest';
import { nameAnswer } from '../../../../src/lib/search/client/name-answer';
import type { SearchName, StoryPlaces } from '../../../../src/lib/search/names';
import { XI } from '../names-fixture';

const PUTIN: SearchName = { ...XI, id: 'vladimir-putin', term: 'Vladimir Putin', aliases: ['Putin'], url: '/glossary/vladimir-putin/' };

/** A story's places file, as src/pages/search/places/[story].json.ts writes it. */
const PLACES: StoryPlaces = {
  'xi-jinping': [
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
    { url: '/sco-2025/#parade', anchor: 'parade', label: 'The parade', sentences: [{ text: 'A parade for Xi.', highlights: [[13, 15]] }] },
  ],
  'vladimir-putin': [
    { url: '/sco-2025/#opening', anchor: 'opening', label: 'Opening', sentences: [{ text: 'Xi met Putin.', highlights: [[7, 12]] }] },
  ],
};

describe('the answer to a name query from the names file and a story’s places', () => {
  it('lists the places of the story that name the entry, in page order, their sentences joined with their names marked', () => {
    const answer = nameAnswer('jinping', [XI, PUTIN], PLACES);
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
    expect(parade).toMatchObject({ url: '/sco-2025/#parade', matches: 1 });
    // Landing highlights every form of the name, as the full results do.
    expect(opening?.plan).toEqual({ kind: 'names', forms: ['Xi Jinping', 'Xi'] });
  });

  it('leaves an ordinary word to Pagefind', () => {
    expect(nameAnswer('parade', [XI], PLACES)).toBeNull();
  });

  it('shows the card alone for an entry the story never names', () => {
    expect(nameAnswer('Xi', [XI], { 'vladimir-putin': PLACES['vladimir-putin']! })).toMatchObject({ count: 0, groups: [] });
  });

  it('shows the card alone without places: a search of every story, or a places file that did not load', () => {
    const answer = nameAnswer('Xi', [XI]);
    expect(answer?.names.map((name) => name.id)).toEqual(['xi-jinping']);
    expect(answer).toMatchObject({ count: 0, groups: [] });
    // An id that Object's prototype also holds finds no places in a file that lacks it.
    expect(nameAnswer('Xi', [{ ...XI, id: 'constructor' }], {})).toMatchObject({ count: 0, groups: [] });
  });
});
