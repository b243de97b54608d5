import { describe, expect, it } from 'vitest';
import { fixtureStory } from '../../support/story.ts';
import { checkCorrections, correctedMark, newestFirst, type CorrectionTargets } from '../../../src/lib/corrections/corrections';
import { correctionLog } from '../../../src/lib/corrections/log';
import type { Correction } from '../../../src/schemas/correction';

const content = fixtureStory();

const correction = (id: string, date: string, kind: Correction['target']['kind'], target: string): Correction => ({
  id,
  date,
  target: { kind, id: target },
  wrong: 'It said something that the sources do not say.',
  now: 'It says what the sources say, and cites them.',
});

const CORRECTIONS = 'content/stories/sco-2025/corrections.yaml';
const targets: CorrectionTargets = {
  note: { file: 'content/stories/sco-2025/notes.yaml', ids: ['beijing-summit'] },
  event: { file: 'content/stories/sco-2025/timeline.yaml', ids: ['alaska-summit'] },
  glossary: { file: 'content/glossary.yaml', ids: ['sco'] },
};

describe('the corrections log', () => {
  it('rejects a correction of a note, event or entry that does not exist, naming file, entry and field', () => {
    expect(() => checkCorrections([correction('a', '2026-12-01', 'note', 'beijing-summit')], targets, CORRECTIONS)).not.toThrow();
    expect(() => checkCorrections([correction('fix-x', '2026-12-01', 'event', 'sco')], targets, CORRECTIONS)).toThrow(
      'content/stories/sco-2025/corrections.yaml: entry "fix-x" → target.id: "sco" is not the id of a event in content/stories/sco-2025/timeline.yaml.',
    );
  });

  it('lists the newest first, and the same day in the file’s order', () => {
    const log = [
      correction('b', '2026-12-01', 'note', 'x'),
      correction('c', '2027-01-05', 'note', 'x'),
      correction('a', '2026-12-01', 'note', 'x'),
    ];
    expect(newestFirst(log).map((entry) => entry.id)).toEqual(['c', 'b', 'a']);
  });

  it('marks a corrected text with its latest correction, and nothing else', () => {
    const log = [correction('old', '2026-12-01', 'glossary', 'sco'), correction('new', '2027-01-05', 'glossary', 'sco')];
    expect(correctedMark(log, 'glossary', 'sco')).toEqual({ date: '2027-01-05', href: '/corrections/#correction-new' });
    expect(correctedMark(log, 'event', 'sco')).toBeUndefined();
    expect(correctedMark(log, 'glossary', 'alaska-summit')).toBeUndefined();
  });

  it('names and links what each correction touched, newest first', () => {
    const texts = {
      notes: [{ id: 'summit', number: 2, phrase: 'Beijing summit' }],
      events: [{ id: 'tariff', title: 'A tariff takes effect' }],
      entries: [{ id: 'sco', term: 'Shanghai Cooperation Organisation (SCO)' }],
    };
    const log = correctionLog(
      [
        correction('fix-note', '2026-12-01', 'note', 'summit'),
        correction('fix-event', '2026-12-03', 'event', 'tariff'),
        correction('fix-entry', '2026-12-02', 'glossary', 'sco'),
      ],
      texts,
      'a-story',
    );
    expect(log.map((entry) => [entry.anchor, entry.corrected.label, entry.corrected.href])).toEqual([
      ['correction-fix-event', 'Timeline: A tariff takes effect', '/a-story/#event-tariff'],
      ['correction-fix-entry', 'Glossary: Shanghai Cooperation Organisation (SCO)', '/glossary/sco/'],
      ['correction-fix-note', 'Note 2, on “Beijing summit”', '/a-story/#note-summit'],
    ]);
  });

  it('gives every note of the story that a correction names the mark of its latest correction, and the others none', () => {
    const latest = new Map<string, { id: string; date: string }>();
    for (const entry of content.corrections) {
      const known = latest.get(entry.target.id);
      if (entry.target.kind === 'note' && (!known || entry.date > known.date)) latest.set(entry.target.id, entry);
    }
    expect(latest.size).toBeGreaterThan(0);
    for (const note of content.notes) {
      const mark = latest.get(note.id);
      expect(note.corrected?.href, note.id).toBe(mark ? `/corrections/#correction-${mark.id}` : undefined);
    }
  });
});
