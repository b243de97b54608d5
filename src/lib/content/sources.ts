import type { Source } from '../../schemas/common';
import { ContentError } from '../base/content-error';

/*
 * Source hygiene across every file that lists `sources`: one address always
 * carries one title, so that a reader never sees the same page cited as two
 * different things. Each address itself is checked by the schema
 * (src/lib/base/source-url.ts).
 */

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
