/**
 * `npm run new-story -- <slug> <article.txt>`: turns a plain-text article into
 * a draft story folder under content/stories/<slug>/ and prints what an
 * editor still has to do. It never overwrites a story.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { cwd, stderr, stdout } from 'node:process';
import { readYamlList } from '../lib/content/files-fs';
import { GLOSSARY_FILE, storyFolder } from '../lib/content/story-folders';
import { formatChecklist, importChecklist } from '../lib/import/checklist';
import { ArticleImportError, readPlainArticle } from '../lib/import/plain-article';
import { storyFiles } from '../lib/import/story-files';
import { idSchema } from '../schemas/common';
import { glossaryEntrySchema } from '../schemas/glossary';

const USAGE = 'Usage: npm run new-story -- <slug> <article.txt>\n  slug: the story’s address, like "sco-2025"';

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

/** Runs the importer on its command-line arguments; returns the process's exit code. */
export function newStory(args: readonly string[], root = cwd()): number {
  try {
    writeStory(args, root);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof ArticleImportError)) throw error;
    stderr.write(`${error.message}\n`);
    return 1;
  }
}

function writeStory(args: readonly string[], root: string): void {
  const [slug, articlePath, ...rest] = args;
  if (!slug || !articlePath || rest.length > 0) fail(USAGE);
  const slugCheck = idSchema.safeParse(slug);
  if (!slugCheck.success) fail(`The slug "${slug}" ${slugCheck.error.issues[0]?.message ?? 'is not valid.'}\n${USAGE}`);
  if (!existsSync(articlePath)) fail(`${articlePath}: no such file.\n${USAGE}`);

  const folder = join(root, storyFolder(slug).folder);
  if (existsSync(folder)) fail(`${relative(root, folder)} already exists: choose another slug, or remove that folder first.`);

  const article = readPlainArticle(readFileSync(articlePath, 'utf8'), articlePath);
  // Read before writing anything, so that a broken glossary leaves no half-made folder behind.
  const glossary = readYamlList(root, GLOSSARY_FILE, glossaryEntrySchema);
  for (const file of storyFiles(article)) {
    const target = join(folder, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
  stdout.write(`${formatChecklist(importChecklist(article, glossary), relative(root, folder))}\n`);
}
