import { getCollection, getEntry } from 'astro:content';
import { ContentError } from './content-loaders';
import { checkIdHistory, PUBLISHED_IDS_FILE } from './id-history';
import { checkSections, inReadingOrder, readingMinutes, requireSection } from './sections';

/**
 * Everything the pages need, loaded once and checked across files: the
 * sections in reading order and the explainer's metadata, with every id
 * ever published still answered by a section. A broken reference
 * throws here, during the build, with the file and field named.
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
  return {
    sections,
    meta: explainer.data,
    readingMinutes: readingMinutes(sections.map((section) => section.body ?? '')),
  };
}

export type Explainer = Awaited<ReturnType<typeof loadExplainer>>;
export type Section = Explainer['sections'][number];
