import { fileURLToPath } from 'node:url';
import { readContent, type Story } from '../../src/lib/content/read-fs';
import { projectRoot } from '../../fixtures/paths.ts';

/** The slug of the site's one real story, the seed article's. */
export const SCO = 'sco-2025';

/**
 * The root of the unit tests' own content, tests/fixtures/content/: the SCO story frozen, so that an editor's edit
 * to content/ never fails a test of code (tests/fixtures/README.md).
 */
export const fixtureRoot = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The SCO story under `root` as the build reads it: readContent() checks every file, so that it returns at all means the content passes. */
function scoStoryAt(root: string): Story {
  const story = readContent(root).stories.find((candidate) => candidate.slug === SCO);
  if (!story) throw new Error(`${root}content/stories/${SCO}/ did not load.`);
  return story;
}

/** The real SCO story, for the tests that check the content itself. */
export function scoStory(): Story {
  return scoStoryAt(projectRoot);
}

/** The SCO story of the unit tests' own content, for the tests of code. */
export function fixtureStory(): Story {
  return scoStoryAt(fixtureRoot);
}
