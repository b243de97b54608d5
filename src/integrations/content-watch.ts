import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GLOSSARY_FILE, PUBLISHED_STORIES_FILE, SITE_FILE, STORIES_FOLDER, storyFolder } from '../lib/content/story-folders';

/**
 * In `astro dev`, restarts the server when a data file under content/ changes.
 * The Markdown plugins take the notes, the timeline and the glossary as
 * options while the config loads, so only a restart gives them the new data;
 * an edited section needs none (its loader renders it again).
 */
export default function contentWatch(): AstroIntegration {
  return {
    name: 'content-watch',
    hooks: {
      'astro:config:setup': ({ addWatchFile, config }) => {
        const stories = new URL(`${STORIES_FOLDER}/`, config.root);
        const slugs = readdirSync(fileURLToPath(stories), { withFileTypes: true }).filter((entry) => entry.isDirectory());
        const storyFiles = slugs.flatMap(({ name }) => {
          const { story, publishedIds, timeline, notes, corrections } = storyFolder(name);
          return [story, publishedIds, timeline, notes, corrections];
        });
        for (const file of [SITE_FILE, GLOSSARY_FILE, PUBLISHED_STORIES_FILE, ...storyFiles]) {
          addWatchFile(new URL(file, config.root));
        }
      },
    },
  };
}
