import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkGlossary } from '../glossary/glossary';
import { createLinker } from '../glossary/links';
import { checkMentioned, type Mention } from '../glossary/mentions';
import { siteSchema } from '../../schemas/site';
import { storyDraftReasons } from '../../schemas/story';
import { glossaryEntrySchema } from '../../schemas/glossary';
import { idSchema } from '../../schemas/common';
import { publishedIdsSchema } from '../../schemas/published-ids';
import { ContentError } from '../base/content-error';
import { cachedContent } from './cache-fs';
import { buildDay } from '../base/dates';
import { checkAsOf, checkContextStories, checkUniqueAcrossStories, newestFirst } from './checks';
import { buildsDrafts, draftMarks } from './drafts-fs';
import { readYamlDocument, readYamlList } from './files-fs';
import { checkStoryHistory } from './id-history';
import type { Content, HeldBackStory, Story } from './model';
import { checkSources } from './sources';
import { loadStory } from './story-fs';
import { checkOvertakenBy } from '../timeline/follow-ups';
import { GLOSSARY_FILE, PUBLISHED_STORIES_FILE, RESERVED_SLUGS, SITE_FILE, STORIES_FOLDER, storyFolder } from './story-folders';

/*
 * The one read of content/: the site file, the shared glossary, every story
 * folder (story-fs.ts), then the checks across stories (checks.ts). What
 * assembles every feature's checks stands here, above them.
 */

export type { Content, SectionFile, Story } from './model';

/** The story folders under content/stories/, by slug, each slug checked. */
function storySlugs(root: string): string[] {
  const folder = join(root, STORIES_FOLDER);
  if (!existsSync(folder)) throw new ContentError(STORIES_FOLDER, 'the stories folder does not exist.', 'run `npm run new-story` to add one.');
  const slugs = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const slug of slugs) {
    const problem = idSchema.safeParse(slug).error?.issues[0]?.message;
    if (problem) throw new ContentError(`${STORIES_FOLDER}/${slug}`, `the folder name is the story's address, and it ${problem}`);
    if (RESERVED_SLUGS.includes(slug)) {
      throw new ContentError(`${STORIES_FOLDER}/${slug}`, `"${slug}" is a path the site itself uses; give the story another folder name.`);
    }
  }
  if (slugs.length === 0) throw new ContentError(STORIES_FOLDER, 'holds no story folders.');
  return slugs;
}

/** Reads every content file and runs every check, throwing the first ContentError. */
function load(root: string): Content {
  const site = readYamlDocument(root, SITE_FILE, siteSchema);
  const entries = readYamlList(root, GLOSSARY_FILE, glossaryEntrySchema);
  checkGlossary(entries, GLOSSARY_FILE);
  checkAsOf(entries, buildDay(), GLOSSARY_FILE);
  checkSources([{ file: GLOSSARY_FILE, entries }]);
  const glossary = { entries, linker: createLinker(entries) };

  const stories: Story[] = [];
  const heldBack: HeldBackStory[] = [];
  // Drafts that this process builds anyway (`astro dev`): not published, so not in the record either.
  const drafts: string[] = [];
  for (const slug of storySlugs(root)) {
    const files = storyFolder(slug);
    const marks = draftMarks(root, files);
    if (marks.length === 0) {
      const story = loadStory(root, files, glossary, { draft: false });
      const unfinished = storyDraftReasons(story.meta);
      if (unfinished.length > 0) throw new ContentError(files.story, unfinished.join('; '), 'finish these fields, or mark the story `draft: true`.');
      stories.push(story);
    } else if (buildsDrafts()) {
      stories.push(loadStory(root, files, glossary, { draft: true }));
      drafts.push(slug);
    } else {
      // A draft need not pass the checks yet: what it still fails is part of what keeps it back.
      let problems: string[] = [];
      try {
        const story = loadStory(root, files, glossary, { draft: false });
        problems = storyDraftReasons(story.meta).map((reason) => `${files.story} → ${reason}`);
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        problems = [error.message];
      }
      heldBack.push({ slug, folder: files.folder, reasons: [...new Set([...marks, ...problems])] });
    }
  }
  if (stories.length === 0) {
    throw new ContentError(STORIES_FOLDER, 'holds no story ready to publish.', heldBack.map((story) => `${story.folder}: ${story.reasons.join('; ')}`).join(' '));
  }
  const publishedStories = readYamlDocument(root, PUBLISHED_STORIES_FILE, publishedIdsSchema).ids;
  checkStoryHistory(publishedStories, {
    building: stories.map((story) => story.slug).filter((slug) => !drafts.includes(slug)),
    heldBack: [...heldBack.map((story) => story.slug), ...drafts],
  });
  if (!stories.some((story) => story.slug === site.firstStory)) {
    throw new ContentError(SITE_FILE, `firstStory: "${site.firstStory}" is not a published story in ${STORIES_FOLDER}/.`);
  }

  checkUniqueAcrossStories(stories, (story) => story.corrections.map((correction) => correction.id), (story) => story.files.corrections, 'correction id');

  const mentioned = new Map<string, Mention[]>();
  for (const story of stories) for (const [id, found] of story.mentions) mentioned.set(id, [...(mentioned.get(id) ?? []), ...found]);
  // Drafts count too: an entry written for a story still in preparation is not an orphan.
  if (heldBack.length === 0 && drafts.length === 0) checkMentioned(entries, mentioned, GLOSSARY_FILE);
  // A glossary entry serves every story, so any story's follow-up may overtake it.
  checkOvertakenBy(entries, stories.flatMap((story) => story.timeline), { file: GLOSSARY_FILE, timelineFile: `${STORIES_FOLDER}/*/timeline.yaml` });
  checkContextStories(entries, [...stories.map((story) => story.slug), ...heldBack.map((story) => story.slug)]);

  return { site, stories: stories.sort(newestFirst), heldBack, glossary };
}

/** The content of the project at `root`, read and checked once per change (see cache-fs.ts). */
export function readContent(root: string): Content {
  return cachedContent(root, load);
}
