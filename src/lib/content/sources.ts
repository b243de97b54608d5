import type { Source } from '../../schemas/common';
import { ContentError } from '../base/content-error';

/*
 * Source hygiene, across every file that lists `sources`: each address is a
 * full https URL (the schema checks it, with the exceptions below), and one
 * address always carries one title, so that a reader never sees the same page
 * cited as two different things.
 */

/**
 * Hosts we cite over plain http because they serve no https; every other
 * source must be https. Each needs a reason.
 */
export const HTTP_ONLY_HOSTS: ReadonlyMap<string, string> = new Map([
  // The School of International Studies of Renmin University of China: every published link to it is http, and no
  // https address for its pages could be found (checked 2 December 2026).
  ['sis.ruc.edu.cn', 'serves its pages over http only'],
]);

/** Why a source address is not acceptable, or undefined when it is: a full address, https unless its host has none. */
export function sourceUrlProblem(text: string): string | undefined {
  if (!URL.canParse(text) || text.trim() !== text) return `"${text}" is not a full web address: copy it from the browser's address bar.`;
  const url = new URL(text);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `"${text}" is not a web address (it starts with ${url.protocol}): write an https:// address.`;
  }
  if (!url.hostname.includes('.')) return `"${text}" has no real host name.`;
  if (url.protocol === 'http:' && !HTTP_ONLY_HOSTS.has(url.hostname)) {
    return `"${text}" is http: write https:// (the sites we cite offer it), or, if this site has no https, add its host to HTTP_ONLY_HOSTS in src/lib/content/sources.ts with the reason.`;
  }
  return undefined;
}

/** One file's entries, each with an id and its sources. */
export interface SourcedFile {
  file: string;
  entries: readonly { id: string; sources: readonly Source[] }[];
}

/**
 * Checks that no address is listed under two titles, across all files.
 * Throws one error naming, for each clash, both files, entries and fields.
 */
export function checkSources(files: readonly SourcedFile[]): void {
  const first = new Map<string, { title: string; where: string }>();
  const problems: string[] = [];
  for (const { file, entries } of files) {
    for (const entry of entries) {
      entry.sources.forEach((source, index) => {
        const where = `${file}: entry "${entry.id}" → sources[${index}].title`;
        const earlier = first.get(source.url);
        if (!earlier) first.set(source.url, { title: source.title, where });
        else if (earlier.title !== source.title) {
          problems.push(`${where}: ${JSON.stringify(source.title)} names ${source.url}, which ${earlier.where} calls ${JSON.stringify(earlier.title)}.`);
        }
      });
    }
  }
  if (problems.length > 0) {
    throw new ContentError(
      files.map(({ file }) => file).join(', '),
      `the same source is listed under different titles:\n  ${problems.join('\n  ')}`,
      'Give one page one title everywhere: the page’s own title.',
    );
  }
}
