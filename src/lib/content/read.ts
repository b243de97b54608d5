import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkGlossary } from '../glossary/glossary';
import { createLinker, type GlossaryLinker } from '../glossary/links';
import { articlePassages, checkMentioned, findMentions, type Mention } from '../glossary/mentions';
import { checkNotes, numberNotes, NOTES_FILE, type NumberedNote } from '../notes/fact-notes';
import type { SectionText } from '../text/phrase';
import { checkCorrections, correctedMark, CORRECTIONS_FILE } from '../corrections/corrections';
import { checkTimePhrases } from '../timeline/time-phrases';
import { checkTimeline, TIMELINE_FILE, timelineMentions, type TimelineMention } from '../timeline/timeline';
import { correctionSchema, type Correction } from '../../schemas/correction';
import { explainerSchema, type ExplainerData } from '../../schemas/explainer';
import { CREDIT_LINE, factNoteSchema } from '../../schemas/fact-note';
import { glossaryEntrySchema, type GlossaryEntry } from '../../schemas/glossary';
import { publishedIdsSchema } from '../../schemas/published-ids';
import { sectionSchema, type SectionData } from '../../schemas/section';
import { timelineEventSchema, type TimelineEvent } from '../../schemas/timeline';
import { CREDIT_ANCHOR, HEADLINE_ANCHOR } from '../glossary/glossary';
import { ContentError } from './content-error';
import { readMarkdownFolder, readYamlDocument, readYamlList, type MarkdownFile } from './files';
import { checkIdHistory, PUBLISHED_IDS_FILE } from './id-history';
import { checkSources } from './sources';
import { contentChangeDays, latestDay } from './updated';
import { checkSections, inReadingOrder, requireSection } from './sections';

/** Where each kind of content lives, relative to the project root. */
export const CONTENT = {
  folder: 'content',
  sections: 'content/sections',
  explainer: 'content/explainer.yaml',
  publishedIds: PUBLISHED_IDS_FILE,
  timeline: TIMELINE_FILE,
  notes: NOTES_FILE,
  glossary: 'content/glossary.yaml',
  corrections: CORRECTIONS_FILE,
} as const;

export type SectionFile = MarkdownFile<SectionData>;

/** Everything under content/, read, validated and checked across files, with what the pages and plugins derive from it. */
export interface Content {
  /** The sections in reading order. */
  sections: SectionFile[];
  explainer: ExplainerData;
  /** When the content last changed (YYYY-MM-DD), the corrections included: the explainer's "Updated" date. */
  updated: string;
  /** The corrections log, in the file's order. */
  corrections: Correction[];
  publishedIds: string[];
  timeline: TimelineEvent[];
  /** The notes, numbered in reading order. */
  notes: NumberedNote[];
  /** Where the article's words refer to a timeline event, with the date to show. */
  timelineMentions: TimelineMention[];
  glossary: {
    entries: GlossaryEntry[];
    /** Every sentence of the article that names each entry, by entry id. */
    mentions: Map<string, Mention[]>;
    linker: GlossaryLinker;
  };
}

/** Reads every content file and runs every check, throwing the first ContentError. */
function load(root: string): Content {
  const sections = inReadingOrder(readMarkdownFolder(root, CONTENT.sections, sectionSchema));
  checkSections(sections);
  const reserved = sections.find((section) => section.id === CREDIT_LINE);
  if (reserved) throw new ContentError(reserved.filePath, `id: "${CREDIT_LINE}" is reserved for notes on the credit line; choose another id.`);

  const explainer = readYamlDocument(root, CONTENT.explainer, explainerSchema);
  requireSection(sections, explainer.source.headlineBefore, { file: CONTENT.explainer, field: 'source.headlineBefore' });
  const publishedIds = readYamlDocument(root, CONTENT.publishedIds, publishedIdsSchema).ids;
  checkIdHistory(publishedIds, sections);

  const texts: SectionText[] = sections.map((section) => ({ id: section.id, file: section.filePath, text: section.body }));
  const timeline = readYamlList(root, CONTENT.timeline, timelineEventSchema);
  checkTimeline(timeline, texts);
  checkTimePhrases(timeline, explainer.source.published, texts);
  const credit: SectionText = { id: CREDIT_LINE, file: `${CONTENT.explainer} → source.credit`, text: explainer.source.credit };
  const rawNotes = readYamlList(root, CONTENT.notes, factNoteSchema);
  checkNotes(rawNotes, [...texts, credit]);

  const entries = readYamlList(root, CONTENT.glossary, glossaryEntrySchema);
  checkGlossary(entries, CONTENT.glossary);
  const linker = createLinker(entries);
  const passages = articlePassages(
    sections.map(({ id, data, body }) => ({ id, title: data.title, headingSource: data.headingSource, videoCaption: data.video?.caption, body })),
    {
      headline: explainer.source.headline,
      headlineBefore: explainer.source.headlineBefore,
      headlineAnchor: HEADLINE_ANCHOR,
      credit: explainer.source.credit,
      creditAnchor: CREDIT_ANCHOR,
    },
  );
  const mentions = findMentions(passages, linker.matcher);
  checkMentioned(entries, mentions, CONTENT.glossary);
  checkSources([
    { file: CONTENT.timeline, entries: timeline },
    { file: CONTENT.notes, entries: rawNotes },
    { file: CONTENT.glossary, entries },
  ]);

  const corrections = readYamlList(root, CONTENT.corrections, correctionSchema);
  checkCorrections(corrections, {
    note: { file: CONTENT.notes, ids: rawNotes.map((note) => note.id) },
    event: { file: CONTENT.timeline, ids: timeline.map((event) => event.id) },
    glossary: { file: CONTENT.glossary, ids: entries.map((entry) => entry.id) },
  });
  const updated = latestDay([...contentChangeDays(root, CONTENT.folder), ...corrections.map((correction) => correction.date)]);
  if (updated === undefined) throw new ContentError(CONTENT.folder, 'holds no files, so it has no date of change.');

  return {
    sections,
    explainer,
    updated,
    corrections,
    publishedIds,
    timeline,
    notes: numberNotes(rawNotes, [...texts, credit]).map((note) => {
      const corrected = correctedMark(corrections, 'note', note.id);
      return corrected ? { ...note, corrected } : note;
    }),
    timelineMentions: timelineMentions(timeline, texts),
    glossary: { entries, mentions, linker },
  };
}

/** The size and time of every file under content/: when none has changed, neither has the content. */
function fingerprint(root: string): string {
  const folder = join(root, CONTENT.folder);
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
  const cached = cache.get(root);
  if (cached && process.env['NODE_ENV'] === 'production') return cached.content;
  const current = fingerprint(root);
  if (cached?.fingerprint === current) return cached.content;
  const content = load(root);
  cache.set(root, { fingerprint: current, content });
  return content;
}

/** What the Markdown plugins take as options. */
export type MarkdownData = Pick<Content, 'notes' | 'timelineMentions'> & { glossary: readonly GlossaryEntry[] };

/**
 * The Markdown plugins' data, for astro.config.mjs. Broken content gives none:
 * a content error thrown while Astro loads its config would read as "Unable to
 * load your Astro config". The sections loader then reads the same content and
 * stops the build with the error where it belongs, before anything renders.
 */
export function markdownData(root: string): MarkdownData {
  try {
    const { notes, timelineMentions, glossary } = readContent(root);
    return { notes, timelineMentions, glossary: glossary.entries };
  } catch (error) {
    if (error instanceof ContentError) return { notes: [], timelineMentions: [], glossary: [] };
    throw error;
  }
}
