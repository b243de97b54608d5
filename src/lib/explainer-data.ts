import { getCollection, getEntry } from 'astro:content';
import { ContentError } from './content-loaders';
import { checkSections, inReadingOrder, readingMinutes, requireSection } from './sections';

/**
 * Everything the pages need, loaded once and checked across files: the
 * sections in reading order and the explainer's metadata. A broken reference
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
  return {
    sections,
    meta: explainer.data,
    readingMinutes: readingMinutes(sections.map((section) => section.body ?? '')),
  };
}

export type Explainer = Awaited<ReturnType<typeof loadExplainer>>;
export type Section = Explainer['sections'][number];
