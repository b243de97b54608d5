import type { Correction } from '../../schemas/correction';
import type { GlossaryEntry } from '../../schemas/glossary';
import type { SectionData } from '../../schemas/section';
import type { SiteData } from '../../schemas/site';
import type { StoryData } from '../../schemas/story';
import type { TimelineEvent } from '../../schemas/timeline';
import type { GlossaryLinker } from '../glossary/links';
import type { MapPlace } from '../map/places';
import type { Mention } from '../glossary/mentions';
import type { NumberedNote } from '../notes/fact-notes';
import type { TimelineMention } from '../timeline/timeline';
import type { StoryFolder } from './story-folders';

/*
 * What one read of content/ gives the rest of the site, as types alone: the
 * checks across files and the pages name them without reaching the code that
 * reads files.
 */

/** One Markdown file of a content folder: its frontmatter, checked, and its text. */
export interface MarkdownFile<Data> {
  /** The frontmatter's `id`. */
  id: string;
  /** The file, relative to the project root, as error messages and Astro's store name it. */
  filePath: string;
  /** The whole file, frontmatter included, for Astro's Markdown renderer. */
  source: string;
  /** The Markdown after the frontmatter. */
  body: string;
  data: Data;
}

/** A story held back from publishing, with what keeps it back. */
export interface HeldBackStory {
  slug: string;
  folder: string;
  reasons: string[];
}

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
  /** The places its map shows: the glossary's places it names or needs, then its own map-only places. */
  mapPlaces: MapPlace[];
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

