import { describe, expect, it } from 'vitest';
import { sectionSchema } from '../../src/schemas/section';

const valid = {
  id: 'close-rapport',
  title: 'Close rapport',
  headingSource: 'article',
  position: 3,
  summary: 'A welcome banquet in Tianjin put the warm personal ties between Xi and Putin on show.',
};

/** The messages a schema gives for `data`, as "field: message" lines. */
function problems(data: unknown): string[] {
  const result = sectionSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the section frontmatter schema', () => {
  it('accepts a complete section and defaults formerIds to none', () => {
    const parsed = sectionSchema.parse(valid);
    expect(parsed.formerIds).toEqual([]);
  });

  it('requires a title', () => {
    const { title: _title, ...rest } = valid;
    expect(problems(rest).join('\n')).toMatch(/^title:/m);
  });

  it('rejects an empty title', () => {
    expect(problems({ ...valid, title: '  ' })).toEqual(['title: must not be empty.']);
  });

  it('rejects an id that is not a safe URL fragment', () => {
    expect(problems({ ...valid, id: 'Close Rapport' })[0]).toMatch(/^id: must be lowercase letters/);
  });

  it('rejects a position that is not a positive whole number', () => {
    expect(problems({ ...valid, position: 'third' })[0]).toMatch(/^position:/);
    expect(problems({ ...valid, position: 0 })[0]).toMatch(/^position:/);
    expect(problems({ ...valid, position: 1.5 })[0]).toMatch(/^position:/);
  });

  it('keeps summaries short enough for a link preview', () => {
    expect(problems({ ...valid, summary: 'x'.repeat(201) })).toEqual([
      'summary: is too long for a link preview: keep it under 200 characters.',
    ]);
    expect(problems({ ...valid, summary: 'Too short.' })).toEqual(['summary: is too short: write one full sentence.']);
  });

  it('says who wrote the heading', () => {
    expect(problems({ ...valid, headingSource: 'editor' })[0]).toMatch(/^headingSource:/);
  });

  it('rejects unknown fields, so a misspelt field is never silently ignored', () => {
    expect(problems({ ...valid, summmary: 'typo' })[0]).toMatch(/summmary/);
  });

  it('checks a video’s running time', () => {
    expect(problems({ ...valid, video: { caption: 'A clip', duration: '0:39' } })).toEqual([]);
    expect(problems({ ...valid, video: { caption: 'A clip', duration: '39 seconds' } })).toEqual([
      'video.duration: must be a running time like 0:39.',
    ]);
  });
});
