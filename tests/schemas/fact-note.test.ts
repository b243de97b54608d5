import { describe, expect, it } from 'vitest';
import { factNoteSchema } from '../../src/schemas/fact-note';

const valid = {
  id: 'beijing-summit',
  sectionId: 'opening',
  phrase: 'Beijing summit',
  text: 'The SCO summit was held in Tianjin, a port city near Beijing.',
  sources: [{ title: 'Xinhua via People’s Daily Online', url: 'https://en.people.cn/n3/2025/0901/c312369-20359948.html' }],
};

function problems(data: unknown): string[] {
  const result = factNoteSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the fact note schema', () => {
  it('accepts a complete note', () => {
    expect(problems(valid)).toEqual([]);
  });

  it('requires at least one source, each with a web address', () => {
    expect(problems({ ...valid, sources: [] })).toEqual(['sources: needs at least one source.']);
    expect(problems({ ...valid, sources: [{ title: 'A book', url: 'ftp://example.org/x' }] })).toEqual([
      'sources.0.url: "ftp://example.org/x" is not a web address (it starts with ftp:): write an https:// address.',
    ]);
  });

  it('requires the words the note is about and a real sentence of note', () => {
    expect(problems({ ...valid, phrase: '' })[0]).toMatch(/^phrase: must not be empty/);
    expect(problems({ ...valid, text: 'Tianjin.' })).toEqual(['text: is too short: write at least one full sentence.']);
  });

  it('rejects unknown fields, so a misspelt field is never silently ignored', () => {
    expect(problems({ ...valid, sectionIds: ['opening'] })[0]).toMatch(/sectionIds/);
  });
});
