import { readContent, type Story } from '../../src/lib/content/read-fs';
import { projectRoot } from '../../fixtures/paths.ts';

/** The slug of the site's one real story, the seed article's. */
export const SCO = 'sco-2025';

/** The real SCO story as the build reads it: readContent() checks every file, so that it returns at all means the content passes. */
export function scoStory(): Story {
  const story = readContent(projectRoot).stories.find((candidate) => candidate.slug === SCO);
  if (!story) throw new Error(`content/stories/${SCO}/ did not load.`);
  return story;
}
