import { describe, expect, it } from 'vitest';
import { checkSections, inReadingOrder, readingMinutes, requireSection, type SectionLike } from '../../../src/lib/content/sections';

function section(id: string, position: number, formerIds: string[] = []): SectionLike {
  return { id, filePath: `content/stories/sco-2025/sections/${id}.md`, data: { id, title: id, position, summary: '', formerIds } };
}

describe('sections across files', () => {
  it('puts sections in the order of their positions, whatever the file order', () => {
    const ordered = inReadingOrder([section('c', 3), section('a', 1), section('b', 2)]);
    expect(ordered.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('rejects two sections in one position, naming both files', () => {
    expect(() => checkSections([section('a', 1), section('b', 1)], 'content/stories/sco-2025/sections')).toThrow(
      'content/stories/sco-2025/sections/b.md → position: 1 is also used by content/stories/sco-2025/sections/a.md',
    );
  });

  it('rejects a former id that another section uses as its id', () => {
    expect(() => checkSections([section('a', 1), section('b', 2, ['a'])], 'content/stories/sco-2025/sections')).toThrow(
      'content/stories/sco-2025/sections/b.md → formerIds: "a" is already claimed by content/stories/sco-2025/sections/a.md',
    );
  });

  it('names the file and field of a reference to a missing section', () => {
    expect(() => requireSection([section('a', 1)], 'z', { file: 'content/stories/sco-2025/story.yaml', field: 'source.headlineBefore' })).toThrow(
      'content/stories/sco-2025/story.yaml: source.headlineBefore: "z" is not a section id. Known ids: a.',
    );
  });

  it('estimates reading time at 230 words a minute, never less than a minute', () => {
    expect(readingMinutes(['word '.repeat(1150)])).toBe(5);
    expect(readingMinutes(['short'])).toBe(1);
  });
});
