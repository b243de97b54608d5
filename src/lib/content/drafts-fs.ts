import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { StoryFolder } from './story-folders';

/*
 * Drafts: a story an editor is still preparing. `astro dev` builds it, so the
 * editor sees it as readers will; `astro build` leaves it out and says what
 * keeps it back (src/astro/sections-loader.ts prints it), so nothing is dropped
 * in silence. A story is a draft while its story.yaml or any of its section
 * files says `draft: true`, as `npm run new-story` writes them.
 */

/**
 * Whether this process builds drafts: `astro dev` does (it sets NODE_ENV to
 * "development"); `astro build` does not, whatever NODE_ENV it inherits (a
 * test runner's "test" included).
 */
export function buildsDrafts(): boolean {
  return process.env['NODE_ENV'] === 'development';
}

/** Whether an editor has marked the story, or any of its sections, as a draft: read before any check, so a draft may be unfinished. */
export function draftMarks(root: string, files: StoryFolder): string[] {
  const marks: string[] = [];
  const storyFile = join(root, files.story);
  const story = existsSync(storyFile) ? (yamlOrNothing(readFileSync(storyFile, 'utf8')) as { draft?: unknown } | undefined) : undefined;
  if (story?.draft === true) marks.push(`${files.story} → draft: true (remove it when the story is ready)`);
  const sections = join(root, files.sections);
  if (existsSync(sections)) {
    for (const name of readdirSync(sections).filter((file) => file.endsWith('.md')).sort()) {
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(sections, name), 'utf8'))?.[1];
      const data = frontmatter === undefined ? undefined : (yamlOrNothing(frontmatter) as { draft?: unknown } | undefined);
      if (data?.draft === true) marks.push(`${files.sections}/${name} → draft: true (write its summary, then remove it)`);
    }
  }
  return marks;
}

/** YAML read leniently, for the draft marks only: the checks that follow name any mistake in the file. */
function yamlOrNothing(yaml: string): unknown {
  try {
    return parseYaml(yaml);
  } catch {
    return undefined;
  }
}

