import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import { getCollection, type CollectionEntry } from 'astro:content';
import { CREDIT_LINE } from '../../schemas/fact-note';
import { correctedMark } from '../corrections/corrections';
import { correctionLog } from '../corrections/log';
import { timelineView } from '../timeline/timeline';
import { ContentError } from './content-error';
import { readContent, type Content } from './read';
import { readingMinutes } from './sections';

export type Section = CollectionEntry<'sections'>;

/** What the pages show, built from one read of content/ and the rendered sections. */
async function assemble(content: Content) {
  const rendered = new Map((await getCollection('sections')).map((entry) => [entry.id, entry]));
  const sections = content.sections.map((section) => {
    const entry = rendered.get(section.id);
    if (!entry) throw new ContentError(section.filePath, 'was read but not rendered; run the build again with --force.');
    return entry;
  });
  const texts = content.sections.map((section) => ({ id: section.id, file: section.filePath, text: section.body, title: section.data.title }));
  return {
    /** The sections in reading order, ready for `render()`. */
    sections,
    meta: content.explainer,
    /** When the content last changed, the corrections included. */
    updated: content.updated,
    /** The corrections log, newest first, each naming what it corrected. */
    corrections: correctionLog(content.corrections, { notes: content.notes, events: content.timeline, entries: content.glossary.entries }),
    readingMinutes: readingMinutes(content.sections.map((section) => section.body)),
    timeline: timelineView(content.timeline, texts, content.corrections),
    /** The notes on the credit line, which the page renders itself; the Markdown plugin renders each section's notes. */
    creditNotes: content.notes.filter((note) => note.sectionId === CREDIT_LINE),
    glossary: {
      ...content.glossary,
      /** The latest correction of each corrected entry, by entry id. */
      corrected: new Map(
        content.glossary.entries.flatMap((entry) => {
          const mark = correctedMark(content.corrections, 'glossary', entry.id);
          return mark ? [[entry.id, mark] as const] : [];
        }),
      ),
    },
  };
}

export type Explainer = Awaited<ReturnType<typeof assemble>>;
export type Glossary = Explainer['glossary'];

let memo: { content: Content; explainer: Promise<Explainer> } | undefined;

/**
 * Everything the pages need. The content is read and checked once (see
 * readContent); this only puts it together, once for all the pages of a
 * build, and again in `astro dev` when a file has changed.
 */
export function loadExplainer(): Promise<Explainer> {
  const content = readContent(fileURLToPath(root));
  if (memo?.content !== content) memo = { content, explainer: assemble(content) };
  return memo.explainer;
}
