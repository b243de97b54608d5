import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { distDir } from '../../fixtures/paths.ts';

/** The built HTML file for a URL path such as "/" or "/glossary/modi/", in dist/ or another built site. */
export function builtFile(urlPath: string, dist = distDir): string {
  const file = join(dist, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  if (!existsSync(file)) throw new Error(`No built file for ${urlPath} (looked for ${file}).`);
  return file;
}

/** A built page, parsed by a real HTML parser. */
export function builtPage(urlPath: string, dist = distDir): CheerioAPI {
  return load(readFileSync(builtFile(urlPath, dist), 'utf8'));
}

/** Text of an element with runs of whitespace folded to one space, as a reader sees it. */
export function readableText($: CheerioAPI, selector: string): string {
  return $(selector).text().replace(/\s+/g, ' ').trim();
}
