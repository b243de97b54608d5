import { ContentError } from './content-error';
import type { SectionLike } from './sections';

/** The committed record of every section id ever published. */
export const PUBLISHED_IDS_FILE = 'content/published-ids.yaml';

/**
 * What breaks the promise that published links keep working: an id in the
 * record that no section answers to, either as its `id` or in `formerIds`;
 * and a live section id missing from the record, which would let a later
 * rename break its links unnoticed.
 */
export function idHistoryProblems(published: readonly string[], sections: readonly SectionLike[]): string[] {
  const answered = new Set(sections.flatMap((section) => [section.data.id, ...section.data.formerIds]));
  const recorded = new Set(published);
  const problems: string[] = [];
  for (const id of published) {
    if (!answered.has(id)) {
      problems.push(
        `"${id}" was published, but no section has it as its id or in its formerIds, so links to /#${id} and /s/${id}/ would break. ` +
          `Give the id back to its section, or add it to the formerIds of the section that replaced it.`,
      );
    }
  }
  for (const section of sections) {
    if (!recorded.has(section.data.id)) {
      problems.push(
        `${section.filePath ?? section.id} → id: "${section.data.id}" is not recorded. Add it to ${PUBLISHED_IDS_FILE}, so that its links are kept working after any rename.`,
      );
    }
  }
  return problems;
}

/** Fails the build, naming every id at fault, when published links would break. */
export function checkIdHistory(published: readonly string[], sections: readonly SectionLike[]): void {
  const problems = idHistoryProblems(published, sections);
  if (problems.length > 0) {
    throw new ContentError(PUBLISHED_IDS_FILE, `\n  ${problems.join('\n  ')}`);
  }
}

/** Each former id with the section that now answers to it, for the redirect pages of old share links. */
export function formerIdRedirects<T extends SectionLike>(sections: readonly T[]): { from: string; to: T }[] {
  return sections.flatMap((section) => section.data.formerIds.map((from) => ({ from, to: section })));
}
