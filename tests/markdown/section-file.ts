import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { load, type CheerioAPI } from 'cheerio';

/** A section of the article, from the unit tests' own content: its Markdown body and frontmatter, as Astro hands them to the pipeline. */
export function sectionFile(name: string): { body: string; frontmatter: Record<string, unknown> } {
  const { content, frontmatter } = parseFrontmatter(
    readFileSync(new URL(`../fixtures/content/stories/sco-2025/sections/${name}`, import.meta.url), 'utf8'),
  );
  return { body: content, frontmatter };
}

/** Rendered HTML as a reader sees its text, with everything the explainer added (`data-added`) set aside. */
export function quotedText(html: string): string {
  const $ = load(html);
  $('[data-added]').remove();
  return $.root().text().replace(/\s+/g, ' ').trim();
}

/** Parses rendered HTML. */
export function parse(html: string): CheerioAPI {
  return load(html);
}
