import { describe, expect, it } from 'vitest';
import { scoStory } from '../support/story.ts';

/* The SCO story's own corrections log. readContent() already checks that each names a note, event or entry that exists. */
const content = scoStory();

describe('the corrections data', () => {
  it('keeps the five corrections of issue 12, made on 1 December 2026, and the three of issue 27, made on 7 December 2026: a log never loses an entry', () => {
    expect(content.corrections.map((entry) => [entry.target.kind, entry.target.id, entry.date])).toEqual(
      expect.arrayContaining([
        ['note', 'receiving-putin', '2026-12-01'],
        ['note', 'beijing-summit', '2026-12-01'],
        ['glossary', 'alaska-summit', '2026-12-01'],
        ['glossary', 'sco', '2026-12-01'],
        ['event', 'india-reciprocal-tariff', '2026-12-01'],
        ['event', 'modi-putin-talks', '2026-12-07'],
        ['event', 'kyiv-attack', '2026-12-07'],
        ['glossary', 'multipolar-world-order', '2026-12-07'],
      ]),
    );
  });
});
