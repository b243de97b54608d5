import type { AstroIntegration } from 'astro';
import { CONTENT } from '../lib/content/read';

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
        for (const file of [
          CONTENT.explainer,
          CONTENT.publishedIds,
          CONTENT.timeline,
          CONTENT.notes,
          CONTENT.glossary,
          CONTENT.corrections,
        ]) {
          addWatchFile(new URL(file, config.root));
        }
      },
    },
  };
}
