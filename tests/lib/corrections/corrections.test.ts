import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/read-fs';
import { projectRoot } from '../../support/paths';
import { scoStory } from '../../support/story.ts';
import { checkCorrections, correctedMark, newestFirst, type CorrectionTargets } from '../../../src/lib/corrections/corrections';
import { correctionLog } from '../../../src/lib/corrections/log';
import type { Correction } from '../../../src/schemas/correction';

const content = scoStory();

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
  it('starts with the five corrections of issue 12, made on 1 December 2026', () => {
    expect(content.corrections.map((entry) => [entry.target.kind, entry.target.id, entry.date])).toEqual([
      ['note', 'receiving-putin', '2026-12-01'],
      ['note', 'beijing-summit', '2026-12-01'],
      ['glossary', 'alaska-summit', '2026-12-01'],
      ['glossary', 'sco', '2026-12-01'],
      ['event', 'india-reciprocal-tariff', '2026-12-01'],
    ]);
  });

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

  it('names and links what each correction touched', () => {
    const log = correctionLog(
      content.corrections,
      { notes: content.notes, events: content.timeline, entries: readContent(projectRoot).glossary.entries },
      'sco-2025',
    );
    expect(log.map((entry) => [entry.anchor, entry.corrected.label, entry.corrected.href])).toEqual([
      ['correction-receiving-putin-welcome', 'Note 1, on “receiving Putin with significant formality”', '/sco-2025/#note-receiving-putin'],
      ['correction-beijing-summit-anthems', 'Note 2, on “Beijing summit”', '/sco-2025/#note-beijing-summit'],
      ['correction-alaska-summit-last-meeting', 'Glossary: Alaska summit', '/glossary/alaska-summit/'],
      ['correction-sco-partners', 'Glossary: Shanghai Cooperation Organisation (SCO)', '/glossary/sco/'],
      [
        'correction-india-reciprocal-tariff-order',
        'Timeline: A 25% “reciprocal” US tariff on Indian goods takes effect',
        '/sco-2025/#event-india-reciprocal-tariff',
      ],
    ]);
  });

  it('gives the real corrected notes their mark, and the others none', () => {
    const marked = content.notes.filter((note) => note.corrected).map((note) => [note.id, note.corrected?.href]);
    expect(marked).toEqual([
      ['receiving-putin', '/corrections/#correction-receiving-putin-welcome'],
      ['beijing-summit', '/corrections/#correction-beijing-summit-anthems'],
    ]);
  });
});
