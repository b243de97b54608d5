import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { remark } from 'remark';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeScopedHeadingIds from '../../src/markdown/rehype-scoped-heading-ids';
import { renderLikeAstro } from './render';

async function alone(markdown: string, sectionId?: string) {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: sectionId ? { id: sectionId } : {} } } });
  return String(await remark().use(remarkRehype).use(rehypeSlug).use(rehypeScopedHeadingIds).use(rehypeStringify).process(file));
}

describe('rehype-scoped-heading-ids', () => {
  it('prefixes heading ids with the section id', async () => {
    expect(await alone('### Background', 'close-rapport')).toBe('<h3 id="close-rapport--background">Background</h3>');
  });

  it('gives the same sub-heading in two sections two different ids', async () => {
    // Made-up ids: the real sections carry timeline links and notes whose words this fixture lacks.
    const first = await renderLikeAstro('### Background', { id: 'first-part' });
    const second = await renderLikeAstro('### Background', { id: 'second-part' });
    expect(first.metadata.headings[0]?.slug).toBe('first-part--background');
    expect(second.metadata.headings[0]?.slug).toBe('second-part--background');
  });

  it('leaves ids alone in a file without a section id', async () => {
    expect(await alone('### Background')).toBe('<h3 id="background">Background</h3>');
  });
});
