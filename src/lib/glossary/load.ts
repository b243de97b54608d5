import { getCollection } from 'astro:content';
import { ContentError } from '../content/content-error';
import type { Explainer } from '../content/explainer';
import { checkGlossary, CREDIT_ANCHOR, HEADLINE_ANCHOR } from './glossary';
import { createLinker } from './links';
import { articlePassages, checkMentioned, findMentions } from './mentions';

const FILE = 'content/glossary.yaml';

/**
 * The glossary, checked against the article: no form claimed twice, and every
 * entry mentioned somewhere unless it is marked as context. Returns the
 * entries in the file's order, every mention of each, and a linker for text
 * rendered outside Markdown (the credit line).
 */
export async function loadGlossary({ sections, meta }: Pick<Explainer, 'sections' | 'meta'>) {
  const entries = (await getCollection('glossary')).map((entry) => entry.data);
  if (entries.length === 0) throw new ContentError(FILE, 'holds no entries.');
  checkGlossary(entries, FILE);
  const passages = articlePassages(
    sections.map(({ data, body }) => ({
      id: data.id,
      title: data.title,
      headingSource: data.headingSource,
      videoCaption: data.video?.caption,
      body: body ?? '',
    })),
    {
      headline: meta.source.headline,
      headlineBefore: meta.source.headlineBefore,
      headlineAnchor: HEADLINE_ANCHOR,
      credit: meta.source.credit,
      creditAnchor: CREDIT_ANCHOR,
    },
  );
  const linker = createLinker(entries);
  const mentions = findMentions(passages, linker.matcher);
  checkMentioned(entries, mentions, FILE);
  return { entries, mentions, linker };
}

export type Glossary = Awaited<ReturnType<typeof loadGlossary>>;
