import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distDir } from '../../fixtures/paths.ts';

/** Every built file with the given extension, as paths relative to dist/ ("index.html", "glossary/modi/index.html"). */
export function distFiles(extension: string): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => relative(distDir, join(distDir, name)).split('\\').join('/'))
    .sort();
}

/** The URL path a built HTML file is served at: "glossary/modi/index.html" → "/glossary/modi/". */
export function urlPathOf(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}

/**
 * The built pages a reader stays on, as URL paths: not Pagefind's own files, and not the redirect pages, which
 * forward the reader at once to a page that is in this list (html-validate and the old-links tests check them).
 */
export function readerPages(): string[] {
  return distFiles('.html')
    .filter((file) => !file.startsWith('pagefind/') && !readFileSync(join(distDir, file), 'utf8').includes('http-equiv="refresh"'))
    .map(urlPathOf);
}
