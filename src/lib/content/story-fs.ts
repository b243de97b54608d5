import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CREDIT_ANCHOR, HEADLINE_ANCHOR } from '../glossary/glossary';
import { articlePassages, findMentions } from '../glossary/mentions';
import { checkNotes, numberNotes } from '../notes/fact-notes';
import type { SectionText } from '../text/phrase';
import { checkCorrections, correctedMark } from '../corrections/corrections';
import { checkTimePhrases } from '../timeline/time-phrases';
import { checkTimeline, eventAnchor, timelineMentions } from '../timeline/timeline';
import { checkFollowUps, checkOvertakenBy } from '../timeline/follow-ups';
import { correctionSchema } from '../../schemas/correction';
import { storySchema } from '../../schemas/story';
import { CREDIT_LINE, factNoteSchema } from '../../schemas/fact-note';
import { publishedIdsSchema } from '../../schemas/published-ids';
import { sectionSchema } from '../../schemas/section';
import { timelineEventSchema } from '../../schemas/timeline';
import { ContentError } from '../base/content-error';
import { storyAnchorPath } from '../routes';
import { readMarkdownFolder, readOptionalYamlList, readYamlDocument } from './files-fs';
import { GLOSSARY_FILE, type StoryFolder } from './story-folders';
import { checkIdHistory } from './id-history';
import type { Content, Story } from './model';
import { checkSources } from './sources';
import { checkAsOf } from './checks';
import { buildDay } from '../base/dates';
import { contentChangeDays, latestDay } from './updated-fs';
import { checkSections, inReadingOrder, requireSection } from './sections';
import { storyMapPlaces } from '../map/places';

/*
 * One story's folder: its files read, and every check that stays within the
 * story (its sections, timeline, notes, corrections and sources against each
 * other and against the shared glossary).
 */

/** Reads one story's folder and runs every check on it, throwing the first ContentError. */
export function loadStory(root: string, files: StoryFolder, glossary: Content['glossary'], { draft }: { draft: boolean }): Story {
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
  const report = { file: files.timeline, publishedField: `${files.story} → source.published` };
  checkTimePhrases(timeline, meta.source.published, texts, report);
  checkFollowUps(timeline, meta.source.published, report);
  const credit: SectionText = { id: CREDIT_LINE, file: `${files.story} → source.credit`, text: meta.source.credit };
  const rawNotes = readOptionalYamlList(root, files.notes, factNoteSchema);
  checkNotes(rawNotes, [...texts, credit], files.notes);
  checkAsOf(rawNotes, buildDay(), files.notes);
  checkOvertakenBy(timeline, timeline, { file: files.timeline, timelineFile: files.timeline });
  checkOvertakenBy(rawNotes, timeline, { file: files.notes, timelineFile: files.timeline });

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
  const entryIds = new Set([...mentions.keys(), ...glossary.entries.filter((entry) => entry.contextFor.includes(files.slug)).map((entry) => entry.id)]);

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
      // Notes stand on the story's page, which holds its follow-ups in "Since this report", and on its share pages,
      // which do not: the link goes to the story's page from both.
      const overtaken = note.overtakenBy && {
        label: note.overtakenBy.label,
        href: storyAnchorPath(files.slug, eventAnchor(note.overtakenBy.id)),
      };
      return { ...note, ...(corrected ? { corrected } : {}), ...(overtaken ? { overtaken } : {}) };
    }),
    timelineMentions: timelineMentions(timeline, texts),
    mentions,
    entryIds,
    mapPlaces: storyMapPlaces(
      glossary.entries.filter((entry) => entryIds.has(entry.id)),
      meta.mapPlaces,
      { slug: files.slug, glossary: GLOSSARY_FILE },
    ),
  };
}

