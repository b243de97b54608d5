import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distDir } from './paths.ts';

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
