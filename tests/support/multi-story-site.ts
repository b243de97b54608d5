import { join } from 'node:path';
import { inject } from 'vitest';
import { NAME_IN_EVERY_STORY, writeSyntheticStory } from '../../bench/synthetic-stories.ts';
import { createFixtureSite, type FixtureSite } from './fixture-site.ts';

/*
 * A site of several stories: the real SCO story and three synthetic ones that
 * name people and places of the shared who's who ("Modi" in every one). The
 * global setup builds it once, beside the real site; tests read its dist/ and
 * serve it as they do the real one.
 */

/**
 * The synthetic stories of the multi-story fixture, newest first, as the front page lists them with the SCO story
 * (1 Sept 2025). Two carry a correction, so that the corrections feed and log mix stories.
 */
export const SYNTHETIC_STORIES = [
  { slug: 'synthetic-alpha', published: '2026-03-10', seed: 11, correctedOn: '2026-03-12' },
  { slug: 'synthetic-beta', published: '2025-11-20', seed: 12, correctedOn: '2025-11-21' },
  { slug: 'synthetic-gamma', published: '2024-06-05', seed: 13 },
] as const;

/** A name that every story of the fixture mentions. */
export { NAME_IN_EVERY_STORY };

/** Writes the synthetic stories into a copy of the project. */
export function createMultiStorySite(): FixtureSite {
  const site = createFixtureSite();
  for (const story of SYNTHETIC_STORIES) writeSyntheticStory(site.root, { ...story, alwaysNames: [NAME_IN_EVERY_STORY] });
  return site;
}

declare module 'vitest' {
  export interface ProvidedContext {
    multiStoryRoot: string;
  }
}

/** The root of the multi-story fixture that the global setup built (its site is in dist/ there). */
export function multiStoryRoot(): string {
  return inject('multiStoryRoot');
}

/** The multi-story fixture's built site, for builtPage(path, dist) and serveDist(dist). */
export function multiStoryDist(): string {
  return join(multiStoryRoot(), 'dist');
}

/** The fixture's pages that bring several stories together, for the accessibility and HTML checks (the real site has one story). */
export const MULTI_STORY_PAGES = ['/', '/timeline/', '/timeline/synthetic-beta/', '/glossary/', '/glossary/narendra-modi/'];
