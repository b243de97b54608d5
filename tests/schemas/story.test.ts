import { describe, expect, it } from 'vitest';
import { storyDraftReasons, storySchema } from '../../src/schemas/story';

const STORY = {
  headline: 'H',
  dek: 'D',
  published: '2026-11-28',
  source: { headline: 'S', outlet: 'CNN', published: '2025-09-01', credit: 'C' },
};

describe('a story’s own date of publication', () => {
  it('is a day, and a story with it and every other field can publish', () => {
    const story = storySchema.parse(STORY);
    expect(story.published).toBe('2026-11-28');
    expect(storyDraftReasons(story)).toEqual([]);
  });

  it('fails as an impossible day, naming the field', () => {
    const result = storySchema.safeParse({ ...STORY, published: '2026-11-31' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['published']);
  });

  it('may be missing from a draft, and is then what keeps it from publishing', () => {
    const { published: _, ...draft } = STORY;
    expect(storyDraftReasons(storySchema.parse(draft))).toEqual(['published: is missing (the day the story goes out, YYYY-MM-DD)']);
  });
});
