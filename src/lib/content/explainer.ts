import { getCollection, getEntry } from 'astro:content';
import { CREDIT_LINE } from '../../schemas/fact-note';
import { ContentError } from './content-error';
import { checkIdHistory, PUBLISHED_IDS_FILE } from './id-history';
import { checkNotes, numberNotes } from '../notes/fact-notes';
import type { SectionText } from '../text/phrase';
import { checkSections, inReadingOrder, readingMinutes, requireSection } from './sections';
import { checkTimeline, timelineView } from '../timeline/timeline';

/**
 * Everything the pages need, loaded once and checked across files: the
 * sections in reading order, the explainer's metadata with every id ever
 * published still answered by a section, the timeline and the
 * notes. A broken reference throws here, during the build, with the file and
 * field named.
 */
export async function loadExplainer() {
  const sections = inReadingOrder(await getCollection('sections'));
  checkSections(sections);
  const explainer = await getEntry('explainer', 'explainer');
  if (!explainer) {
    throw new ContentError('content/explainer.yaml', 'is missing; the explainer needs its headline and source.');
  }
  requireSection(sections, explainer.data.source.headlineBefore, {
    file: 'content/explainer.yaml',
    field: 'source.headlineBefore',
  });
  const published = await getEntry('publishedIds', 'published-ids');
  if (!published) {
    throw new ContentError(PUBLISHED_IDS_FILE, 'is missing; it records every section id ever published, so that old links keep working.');
  }
  checkIdHistory(published.data.ids, sections);

  const reserved = sections.find((section) => section.data.id === CREDIT_LINE);
  if (reserved) {
    throw new ContentError(
      reserved.filePath ?? reserved.id,
      `id: "${CREDIT_LINE}" is reserved for notes on the credit line; choose another id.`,
    );
  }
  const texts = sections.map((section): SectionText & { title: string } => ({
    id: section.data.id,
    file: section.filePath ?? section.id,
    text: section.body ?? '',
    title: section.data.title,
  }));
  const timeline = (await getCollection('timeline')).map((entry) => entry.data);
  checkTimeline(timeline, texts);
  const credit: SectionText = { id: CREDIT_LINE, file: 'content/explainer.yaml → source.credit', text: explainer.data.source.credit };
  const noteData = (await getCollection('notes')).map((entry) => entry.data);
  checkNotes(noteData, [...texts, credit]);
  const notes = numberNotes(noteData, [...texts, credit]);

  return {
    sections,
    meta: explainer.data,
    readingMinutes: readingMinutes(sections.map((section) => section.body ?? '')),
    timeline: timelineView(timeline, texts),
    /** The notes on the credit line, which the page renders itself; the Markdown plugin renders each section's notes. */
    creditNotes: notes.filter((note) => note.sectionId === CREDIT_LINE),
  };
}

export type Explainer = Awaited<ReturnType<typeof loadExplainer>>;
export type Section = Explainer['sections'][number];
