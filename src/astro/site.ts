import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import { getCollection, type CollectionEntry } from 'astro:content';
import { CREDIT_LINE } from '../schemas/fact-note';
import { correctedMark, newestFirst, type CorrectedMark } from '../lib/corrections/corrections';
import { correctionLog } from '../lib/corrections/log';
import { compactTimelineView, mergedTimelineView, timelineView, withoutFollowUps } from '../lib/timeline/view';
import { eventAnchor, storyEventAnchor } from '../lib/timeline/timeline';
import { isFollowUp, type OvertakenMark } from '../lib/timeline/follow-ups';
import { storyAnchorPath, timelineAnchorPath } from '../lib/routes';
import { ContentError } from '../lib/base/content-error';
import { sectionEntryId } from './sections-loader';
import { readContent, type Content, type Story } from '../lib/content/read-fs';
import { readingMinutes } from '../lib/content/sections';

export type Section = CollectionEntry<'sections'>;

/** A story's sections as the timeline links to them. */
const sectionTexts = (story: Story) =>
  story.sections.map((section) => ({ id: section.id, file: section.filePath, text: section.body, title: section.data.title }));

/** A story's timeline, on the site's timeline: each event names the story and links to its page. */
const storyTimeline = (story: Story) => ({
  story: { slug: story.slug, headline: story.meta.headline },
  events: story.timeline,
  sections: sectionTexts(story),
  corrections: story.corrections,
});

/** What a story's pages show, built from one read of content/ and the rendered sections. */
function assembleStory(
  story: Story,
  content: Content,
  rendered: ReadonlyMap<string, Section>,
  corrected: ReadonlyMap<string, CorrectedMark>,
  overtaken: EntryOvertaken,
) {
  const sections = story.sections.map((section) => {
    const entry = rendered.get(sectionEntryId(story.slug, section.id));
    if (!entry) throw new ContentError(section.filePath, 'was read but not rendered; run the build again with --force.');
    return entry;
  });
  const texts = sectionTexts(story);
  const entries = content.glossary.entries.filter((entry) => story.entryIds.has(entry.id));
  // The follow-ups leave the compact timeline for the box at the top of the page, "Since this report".
  const split = withoutFollowUps(compactTimelineView(timelineView(story.timeline, texts, story.corrections), story.slug));
  return {
    slug: story.slug,
    /** The sections in reading order, ready for `render()`. */
    sections,
    meta: story.meta,
    /** The places its locator map shows. */
    mapPlaces: story.mapPlaces,
    /** When the story last changed, its corrections included. */
    updated: story.updated,
    /** The story's corrections log, newest first, each naming what it corrected. */
    corrections: correctionLog(
      story.corrections,
      { notes: story.notes, events: story.timeline, entries: content.glossary.entries },
      story.slug,
    ),
    readingMinutes: readingMinutes(story.sections.map((section) => section.body)),
    /** The story's events as its data gives them, for its time axis. */
    events: story.timeline,
    /** The story's timeline, compact, without its follow-ups: each event's sources and sections stay on the story's timeline page. */
    timeline: split.periods,
    /** The story's follow-ups, in order, for "Since this report": each links to itself on the story's timeline page. */
    followUps: split.followUps,
    /** The notes on the credit line, which the page renders itself; the Markdown plugin renders each section's notes. */
    creditNotes: story.notes.filter((note) => note.sectionId === CREDIT_LINE),
    /** The story's who's who: the entries it names or needs, with their mentions in this story. */
    glossary: {
      entries,
      mentions: story.mentions,
      linker: content.glossary.linker,
      /** The latest correction of each corrected entry, by entry id. */
      corrected,
      /** What an overtaken entry shows, by entry id: a follow-up of this story stands in this page's "Since this report". */
      overtaken: (entryId: string) => overtaken(entryId, story.slug),
    },
  };
}

/** The latest correction of each corrected glossary entry, whichever story's log holds it, by entry id. */
function correctedEntries(content: Content): Map<string, CorrectedMark> {
  const corrections = content.stories.flatMap((story) => story.corrections);
  return new Map(
    content.glossary.entries.flatMap((entry) => {
      const mark = correctedMark(corrections, 'glossary', entry.id);
      return mark ? [[entry.id, mark] as const] : [];
    }),
  );
}

/** What an overtaken glossary entry shows, seen from a story's page (by its slug) or, without one, from anywhere else. */
type EntryOvertaken = (entryId: string, onPageOf?: string) => OvertakenMark | undefined;

/**
 * Where each overtaken glossary entry's follow-up stands. From its own story's page the link stays on the page, in
 * "Since this report"; from elsewhere it leads to the follow-up on its story's timeline page, with its sources.
 */
function overtakenEntries(content: Content): EntryOvertaken {
  const storyOf = new Map(
    content.stories.flatMap((story) => story.timeline.filter(isFollowUp).map((event) => [event.id, story.slug] as const)),
  );
  const entries = new Map(content.glossary.entries.map((entry) => [entry.id, entry]));
  return (entryId, onPageOf) => {
    const overtakenBy = entries.get(entryId)?.overtakenBy;
    const slug = overtakenBy && storyOf.get(overtakenBy.id);
    // The content checks have made sure every overtakenBy names a follow-up of some story.
    if (!overtakenBy || slug === undefined) return undefined;
    const href =
      onPageOf === undefined
        ? timelineAnchorPath(slug, storyEventAnchor(slug, overtakenBy.id))
        : onPageOf === slug
          ? `#${eventAnchor(overtakenBy.id)}`
          : storyAnchorPath(slug, eventAnchor(overtakenBy.id));
    return { label: overtakenBy.label, href };
  };
}

/** What every page of the site needs: the site, its stories newest first, and the shared who's who. */
async function assemble(content: Content) {
  const rendered = new Map((await getCollection('sections')).map((entry) => [entry.id, entry]));
  const corrected = correctedEntries(content);
  const overtaken = overtakenEntries(content);
  const stories = content.stories.map((story) => assembleStory(story, content, rendered, corrected, overtaken));
  const bySlug = new Map(stories.map((story) => [story.slug, story]));
  return {
    site: content.site,
    stories,
    /** The story whose links the site published before it held several; links of then lead to it. */
    firstStory: bySlug.get(content.site.firstStory)!,
    glossary: {
      entries: content.glossary.entries,
      linker: content.glossary.linker,
      /** Each entry's mentions in every story, newest story first. */
      mentions: (entryId: string) => stories.flatMap((story) => story.glossary.mentions.get(entryId) ?? []),
      /** Each entry's mentions, story by story, newest story first; a story that never names it is left out. */
      mentionsByStory: (entryId: string) =>
        stories.flatMap((story) => {
          const mentions = story.glossary.mentions.get(entryId);
          return mentions?.length ? [{ story, mentions }] : [];
        }),
      corrected,
      /** What an overtaken entry shows on its own page, by entry id: a link to the follow-up on its story's timeline page. */
      overtaken: (entryId: string) => overtaken(entryId),
    },
    /** The site's timeline: every story's events merged, and each story's alone, by slug, for the timeline's filter. */
    timeline: {
      all: mergedTimelineView(content.stories.map(storyTimeline)),
      byStory: new Map(content.stories.map((story) => [story.slug, mergedTimelineView([storyTimeline(story)])])),
    },
    /** Every story's corrections, newest first, each with its story. */
    corrections: newestFirst(stories.flatMap((story) => story.corrections.map((correction) => ({ ...correction, story })))),
  };
}

export type Site = Awaited<ReturnType<typeof assemble>>;
export type StoryView = Site['stories'][number];
export type Glossary = StoryView['glossary'];

let memo: { content: Content; site: Promise<Site> } | undefined;

/**
 * Everything the pages need. The content is read and checked once (see
 * readContent); this only puts it together, once for all the pages of a
 * build, and again in `astro dev` when a file has changed.
 */
export function loadSite(): Promise<Site> {
  const content = readContent(fileURLToPath(root));
  if (memo?.content !== content) memo = { content, site: assemble(content) };
  return memo.site;
}

/** One story, by slug. */
export async function loadStory(slug: string): Promise<StoryView> {
  const story = (await loadSite()).stories.find((candidate) => candidate.slug === slug);
  if (!story) throw new Error(`No story "${slug}" is built.`);
  return story;
}

/** The static paths of a page per story (`[story]` in its route), each given its story. */
export async function storyPaths() {
  const { stories } = await loadSite();
  return stories.map((story) => ({ params: { story: story.slug }, props: { story } }));
}
