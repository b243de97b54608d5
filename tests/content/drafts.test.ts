import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAFT_STORY, multiStoryBuildOutput, multiStoryDist } from '../support/multi-story-site';

/*
 * The multi-story fixture holds the seed article imported by `npm run new-story` as the draft story "seed-copy";
 * the global setup builds it once, and every site file fails with its output if that build fails. How `astro dev` shows the draft:
 * tests/integrations/astro-dev.test.ts.
 */
describe('a draft story, as npm run new-story writes it', () => {
  it('is left out of `astro build`, which says what keeps it back, file by file', () => {
    const output = multiStoryBuildOutput();
    expect(output).toContain('Draft not published: content/stories/seed-copy/');
    expect(output).toContain('content/stories/seed-copy/story.yaml → draft: true (remove it when the story is ready)');
    expect(output).toContain('content/stories/seed-copy/sections/03-close-rapport.md → draft: true (write its summary, then remove it)');
    // What it would still fail once the marks are gone: the fields the importer left empty.
    expect(output).toMatch(/content\/stories\/seed-copy\/story\.yaml: .*source\.published: "" is not an ISO date/);
    expect(existsSync(join(multiStoryDist(), DRAFT_STORY))).toBe(false);
    expect(existsSync(join(multiStoryDist(), 'sco-2025/index.html'))).toBe(true);
  });
});
