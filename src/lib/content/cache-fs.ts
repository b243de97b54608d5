import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildsDrafts } from './drafts-fs';
import type { Content } from './model';
import { CONTENT_FOLDER } from './story-folders';

/** The size and time of every file under content/: when none has changed, neither has the content. */
function fingerprint(root: string): string {
  const folder = join(root, CONTENT_FOLDER);
  if (!existsSync(folder)) return '';
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stats = statSync(join(folder, name));
      return `${name}:${stats.size}:${stats.mtimeMs}`;
    })
    .join('|');
}

interface Cached {
  fingerprint: string;
  content: Content;
}

/*
 * One cache for the whole process, on globalThis: astro.config.mjs (for the
 * Markdown plugins), the content loaders and the pages each load this module
 * through a different Vite module graph, and all of them must share one read.
 */
const CACHE_KEY = Symbol.for('news-explainer.content');
const cache = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map<string, Cached>()) as Map<string, Cached>;

/**
 * The content of the project at `root`, read and checked once. Read again only
 * when a file under content/ has changed (the dev server); a production build
 * changes nothing while it runs, so it skips that check.
 */
export function cachedContent(root: string, load: (root: string) => Content): Content {
  // A read for `astro dev` holds the drafts and one for `astro build` does not, so each has its own entry.
  const key = `${root}\0${buildsDrafts()}`;
  const cached = cache.get(key);
  if (cached && process.env['NODE_ENV'] === 'production') return cached.content;
  const current = fingerprint(root);
  if (cached?.fingerprint === current) return cached.content;
  const content = load(root);
  cache.set(key, { fingerprint: current, content });
  return content;
}
