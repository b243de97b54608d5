import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkGlossary } from '../glossary/glossary';
import { createLinker, type GlossaryLinker } from '../glossary/links';
import { articlePassages, checkMentioned, findMentions, type Mention } from '../glossary/mentions';
import { checkNotes, numberNotes, type NumberedNote } from '../notes/fact-notes';
import type { SectionText } from '../text/phrase';
import { checkCorrections, correctedMark } from '../corrections/corrections';
import { checkTimePhrases } from '../timeline/time-phrases';
import { checkTimeline, timelineMentions, type TimelineMention } from '../timeline/timeline';
import { correctionSchema, type Correction } from '../../schemas/correction';
import { siteSchema, type SiteData } from '../../schemas/site';
import { storySchema, storyDraftReasons, type StoryData } from '../../schemas/story';
import { CREDIT_LINE, factNoteSchema } from '../../schemas/fact-note';
import { glossaryEntrySchema, type GlossaryEntry } from '../../schemas/glossary';
import { idSchema } from '../../schemas/common';
import { publishedIdsSchema } from '../../schemas/published-ids';
import { sectionSchema, type SectionData } from '../../schemas/section';
import { timelineEventSchema, type TimelineEvent } from '../../schemas/timeline';
import { CREDIT_ANCHOR, HEADLINE_ANCHOR } from '../glossary/glossary';
import { ContentError } from '../base/content-error';
import { readMarkdownFolder, readOptionalYamlList, readYamlDocument, readYamlList, type MarkdownFile } from './files-fs';
import {
  CONTENT_FOLDER,
  GLOSSARY_FILE,
  PUBLISHED_STORIES_FILE,
  RESERVED_SLUGS,
  SITE_FILE,
  STORIES_FOLDER,
  storyFolder,
  type StoryFolder,
} from './story-folders';
import { buildsDrafts, draftMarks, type HeldBackStory } from './drafts-fs';
import { checkIdHistory, checkStoryHistory } from './id-history';
import { checkSources } from './sources';
import { contentChangeDays, latestDay } from './updated-fs';
import { checkSections, inReadingOrder, requireSection } from './sections';

export type SectionFile = MarkdownFile<SectionData>;

/** One story's content, read, validated and checked across its files, with what the pages and plugins derive from it. */
export interface Story {
  /** The folder's name: the story's path (/<slug>/) and its id everywhere. */
  slug: string;
  /** Where its files are. */
  files: StoryFolder;
  /** The sections in reading order. */
  sections: SectionFile[];
  meta: StoryData;
  /** When the story last changed (YYYY-MM-DD), its corrections included: its "Updated" date. */
  updated: string;
  /** Its corrections log, in the file's order. */
  corrections: Correction[];
  publishedIds: string[];
  timeline: TimelineEvent[];
  /** The notes, numbered in reading order. */
  notes: NumberedNote[];
  /** Where the article's words refer to a timeline event, with the date to show. */
  timelineMentions: TimelineMention[];
  /** Every sentence of the article that names each entry, by entry id. */
  mentions: Map<string, Mention[]>;
  /** The ids of the glossary entries its page explains: those its article names, and the context entries that list it. */
  entryIds: Set<string>;
}

/** Everything under content/, read, validated and checked across files. */
export interface Content {
  site: SiteData;
  /** The stories that build, newest first (by their source's publication date, then by slug). */
  stories: Story[];
  /** Drafts left out of this build (a production build leaves out every draft), with what keeps each back. */
  heldBack: HeldBackStory[];
  glossary: {
    entries: GlossaryEntry[];
    linker: GlossaryLinker;
  };
}

/** Reads one story's folder and runs every check on it, throwing the first ContentError. */
function loadStory(root: string, files: StoryFolder, glossary: Content['glossary'], { draft }: { draft: boolean }): Story {
  const sections = inReadingOrder(readMarkdownFolder(root, files.sections, sectionSchema));
  checkSections(sections, files.sections);
  const reserved = sections.find((section) => section.id === CREDIT_LINE);
  if (reserved) throw new ContentError(reserved.filePath, `id: "${CREDIT_LINE}" is reserved for notes on the credit line; choose another id.`);

  const meta = readYamlDocument(root, files.story, storySchema);
  if (meta.source.headlineBefore !== undefined) {
    requireSection(sections, meta.source.headlineBefore, { file: files.story, field: 'source.headlineBefore' });
  }
  // A draft has published nothing yet: its ids are recorded when it goes out.
  const publishedIds = draft && !existsSync(join(root, files.publishedIds)) ? [] : readYamlDocument(root, files.publishedIds, publishedIdsSchema).ids;
  if (!draft) checkIdHistory(publishedIds, sections, files.publishedIds);

  const texts: SectionText[] = sections.map((section) => ({ id: section.id, file: section.filePath, text: section.body }));
  const timeline = readOptionalYamlList(root, files.timeline, timelineEventSchema);
  checkTimeline(timeline, texts, files.timeline);
  checkTimePhrases(timeline, meta.source.published, texts, { file: files.timeline, publishedField: `${files.story} → source.published` });
  const credit: SectionText = { id: CREDIT_LINE, file: `${files.story} → source.credit`, text: meta.source.credit };
  const rawNotes = readOptionalYamlList(root, files.notes, factNoteSchema);
  checkNotes(rawNotes, [...texts, credit], files.notes);

  const passages = articlePassages(
    sections.map(({ id, data, body }) => ({ id, title: data.title, headingSource: data.headingSource, videoCaption: data.video?.caption, body })),
    {
      headline: meta.source.headline,
      headlineBefore: meta.source.headlineBefore,
      headlineAnchor: HEADLINE_ANCHOR,
      credit: meta.source.credit,
      creditAnchor: CREDIT_ANCHOR,
    },
  );
  const mentions = findMentions(passages, glossary.linker.matcher);
  checkSources([
    { file: files.timeline, entries: timeline },
    { file: files.notes, entries: rawNotes },
  ]);

  const corrections = readOptionalYamlList(root, files.corrections, correctionSchema);
  checkCorrections(
    corrections,
    {
      note: { file: files.notes, ids: rawNotes.map((note) => note.id) },
      event: { file: files.timeline, ids: timeline.map((event) => event.id) },
      glossary: { file: GLOSSARY_FILE, ids: glossary.entries.map((entry) => entry.id) },
    },
    files.corrections,
  );
  const updated = latestDay([...contentChangeDays(root, files.folder), ...corrections.map((correction) => correction.date)]);
  if (updated === undefined) throw new ContentError(files.folder, 'holds no files, so it has no date of change.');

  return {
    slug: files.slug,
    files,
    sections,
    meta,
    updated,
    corrections,
    publishedIds,
    timeline,
    notes: numberNotes(rawNotes, [...texts, credit]).map((note) => {
      const corrected = correctedMark(corrections, 'note', note.id);
      return corrected ? { ...note, corrected } : note;
    }),
    timelineMentions: timelineMentions(timeline, texts),
    mentions,
    entryIds: new Set([...mentions.keys(), ...glossary.entries.filter((entry) => entry.contextFor.includes(files.slug)).map((entry) => entry.id)]),
  };
}

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

/** Fails when a context entry names no story to explain, or a story that does not exist. */
function checkContextStories(entries: readonly GlossaryEntry[], slugs: readonly string[]): void {
  const problems = entries.flatMap((entry, index) => {
    const where = `entry ${index + 1} ("${entry.id}") → contextFor`;
    if (entry.context && entry.contextFor.length === 0) return [`${where}: a context entry lists the stories whose who's who shows it.`];
    if (!entry.context && entry.contextFor.length > 0) return [`${where}: only a context entry lists stories; the others show wherever an article names them.`];
    return entry.contextFor.filter((slug) => !slugs.includes(slug)).map((slug) => `${where}: "${slug}" is not a story in ${STORIES_FOLDER}/.`);
  });
  if (problems.length > 0) throw new ContentError(GLOSSARY_FILE, `\n  ${problems.join('\n  ')}`);
}

/** Fails when two stories use one id where the site needs it unique (the corrections log's anchors), naming both files. */
function checkUniqueAcrossStories(stories: readonly Story[], ids: (story: Story) => string[], file: (story: Story) => string, what: string): void {
  const owners = new Map<string, Story>();
  for (const story of stories) {
    for (const id of ids(story)) {
      const owner = owners.get(id);
      if (owner) throw new ContentError(file(story), `entry "${id}": the ${what} is already used in ${file(owner)}; the site needs each one once.`);
      owners.set(id, story);
    }
  }
}

/** Newest first by the source's publication date; stories of one day by slug. */
function newestFirst(a: Story, b: Story): number {
  return b.meta.source.published.localeCompare(a.meta.source.published) || a.slug.localeCompare(b.slug);
}

/** Reads every content file and runs every check, throwing the first ContentError. */
function load(root: string): Content {
  const site = readYamlDocument(root, SITE_FILE, siteSchema);
  const entries = readYamlList(root, GLOSSARY_FILE, glossaryEntrySchema);
  checkGlossary(entries, GLOSSARY_FILE);
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
  checkContextStories(entries, [...stories.map((story) => story.slug), ...heldBack.map((story) => story.slug)]);

  return { site, stories: stories.sort(newestFirst), heldBack, glossary };
}

/** The size and time of every file under content/: when none has changed, neither has the content. */
function fingerprint(root: string): string {
  const folder = join(root, CONTENT_FOLDER);
  if (!existsSync(folder)) return '';
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stats = statSync(join(folder, name));
      return `${name}:${stats.size}:${stats.mtimeMs}`;
    })
    .join('|');
}

interface Cached {
  fingerprint: string;
  content: Content;
}

/*
 * One cache for the whole process, on globalThis: astro.config.mjs (for the
 * Markdown plugins), the content loaders and the pages each load this module
 * through a different Vite module graph, and all of them must share one read.
 */
const CACHE_KEY = Symbol.for('news-explainer.content');
const cache = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map<string, Cached>()) as Map<string, Cached>;

/**
 * The content of the project at `root`, read and checked once. Read again only
 * when a file under content/ has changed (the dev server); a production build
 * changes nothing while it runs, so it skips that check.
 */
export function readContent(root: string): Content {
  // A read for `astro dev` holds the drafts and one for `astro build` does not, so each has its own entry.
  const key = `${root}\0${buildsDrafts()}`;
  const cached = cache.get(key);
  if (cached && process.env['NODE_ENV'] === 'production') return cached.content;
  const current = fingerprint(root);
  if (cached?.fingerprint === current) return cached.content;
  const content = load(root);
  cache.set(key, { fingerprint: current, content });
  return content;
}
