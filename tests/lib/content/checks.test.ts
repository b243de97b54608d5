import { describe, expect, it } from 'vitest';
import { storiesDueForReview } from '../../../src/lib/content/checks';
import type { Story } from '../../../src/lib/content/model';

/** A story as the review reminder sees it: its folder and the two dates it counts from. */
function story(slug: string, dates: { published?: string; reviewed?: string }): Pick<Story, 'slug' | 'files' | 'meta'> {
  return {
    slug,
    files: { folder: `content/stories/${slug}` } as Story['files'],
    meta: { ...dates } as Story['meta'],
  };
}

describe('the stories due for review', () => {
  // 180 days before 7 December 2026 is 10 June 2026.
  const today = '2026-12-07';

  it('lists a story last reviewed more than 180 days ago, with that day, and not one reviewed 180 days ago', () => {
    const stories = [story('stale', { published: '2026-01-05', reviewed: '2026-06-09' }), story('fresh', { published: '2026-01-05', reviewed: '2026-06-10' })];
    expect(storiesDueForReview(stories, today)).toEqual([{ folder: 'content/stories/stale', since: '2026-06-09' }]);
  });

  it('counts from the day a story went out when it was never reviewed', () => {
    const stories = [story('never', { published: '2026-06-09' }), story('new', { published: '2026-11-28' })];
    expect(storiesDueForReview(stories, today)).toEqual([{ folder: 'content/stories/never', since: '2026-06-09' }]);
  });
});
