import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeScopedHeadingIds from '../../src/markdown/rehype-scoped-heading-ids';
import { renderLikeAstro } from './render';

async function alone(markdown: string, sectionId?: string) {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: sectionId ? { id: sectionId } : {} } } });
  return String(
    await unified().use(remarkParse).use(remarkRehype).use(rehypeSlug).use(rehypeScopedHeadingIds).use(rehypeStringify).process(file),
  );
}

describe('rehype-scoped-heading-ids', () => {
  it('prefixes heading ids with the section id', async () => {
    expect(await alone('### Background', 'close-rapport')).toBe('<h3 id="close-rapport--background">Background</h3>');
  });

  it('gives the same sub-heading in two sections two different ids', async () => {
    const first = await renderLikeAstro('### Background', { id: 'close-rapport' });
    const second = await renderLikeAstro('### Background', { id: 'ukraine-war' });
    expect(first.metadata.headings[0]?.slug).toBe('close-rapport--background');
    expect(second.metadata.headings[0]?.slug).toBe('ukraine-war--background');
  });

  it('leaves ids alone in a file without a section id', async () => {
    expect(await alone('### Background')).toBe('<h3 id="background">Background</h3>');
  });
});
