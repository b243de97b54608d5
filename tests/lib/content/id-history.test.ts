import { describe, expect, it } from 'vitest';
import { checkIdHistory, formerIdRedirects, idHistoryProblems } from '../../../src/lib/content/id-history';
import type { SectionLike } from '../../../src/lib/content/sections';

const PUBLISHED = 'content/stories/sco-2025/published-ids.yaml';

function section(id: string, formerIds: string[] = []): SectionLike {
  return { id, filePath: `content/stories/sco-2025/sections/${id}.md`, data: { id, title: id, position: 1, summary: '', formerIds } };
}

describe('the history of published section ids', () => {
  it('accepts sections that answer every published id', () => {
    expect(idHistoryProblems(['opening', 'close-rapport'], [section('opening'), section('close-rapport')], PUBLISHED)).toEqual([]);
  });

  it('names a published id that no section answers to any more', () => {
    const problems = idHistoryProblems(['opening', 'close-rapport'], [section('opening'), section('close-ties')], PUBLISHED);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('"close-rapport" was published, but no section has it');
    expect(problems[0]).toContain('formerIds');
  });

  it('accepts a renamed section that lists its old id in formerIds', () => {
    expect(idHistoryProblems(['close-rapport', 'close-ties'], [section('close-ties', ['close-rapport'])], PUBLISHED)).toEqual([]);
  });

  it('asks for a new section id to be recorded, naming its file', () => {
    expect(idHistoryProblems(['opening'], [section('opening'), section('new-part')], PUBLISHED)).toEqual([
      'content/stories/sco-2025/sections/new-part.md → id: "new-part" is not recorded. Add it to content/stories/sco-2025/published-ids.yaml, so that its links are kept working after any rename.',
    ]);
  });

  it('throws one error naming the record file and every missing id', () => {
    expect(() => checkIdHistory(['a', 'b'], [section('c')], PUBLISHED)).toThrow(/content\/stories\/sco-2025\/published-ids\.yaml:[\s\S]*"a"[\s\S]*"b"/);
  });

  it('lists a redirect for every former id', () => {
    const ties = section('close-ties', ['close-rapport', 'rapport']);
    expect(formerIdRedirects([section('opening'), ties])).toEqual([
      { from: 'close-rapport', to: ties },
      { from: 'rapport', to: ties },
    ]);
  });
});
