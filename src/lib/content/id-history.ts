import { ContentError } from '../base/content-error';
import type { SectionLike } from './sections';
import { PUBLISHED_STORIES_FILE, STORIES_FOLDER } from './story-folders';

/**
 * What breaks the promise that published links keep working: an id in the
 * record that no section answers to, either as its `id` or in `formerIds`;
 * and a live section id missing from the record, which would let a later
 * rename break its links unnoticed.
 */
export function idHistoryProblems(published: readonly string[], sections: readonly SectionLike[], file: string): string[] {
  const answered = new Set(sections.flatMap((section) => [section.data.id, ...section.data.formerIds]));
  const recorded = new Set(published);
  const problems: string[] = [];
  for (const id of published) {
    if (!answered.has(id)) {
      problems.push(
        `"${id}" was published, but no section has it as its id or in its formerIds, so links to the section and its share page would break. ` +
          `Give the id back to its section, or add it to the formerIds of the section that replaced it.`,
      );
    }
  }
  for (const section of sections) {
    if (!recorded.has(section.data.id)) {
      problems.push(
        `${section.filePath ?? section.id} → id: "${section.data.id}" is not recorded. Add it to ${file}, so that its links are kept working after any rename.`,
      );
    }
  }
  return problems;
}

/** Fails the build, naming every id at fault, when published links would break. */
export function checkIdHistory(published: readonly string[], sections: readonly SectionLike[], file: string): void {
  const problems = idHistoryProblems(published, sections, file);
  if (problems.length > 0) {
    throw new ContentError(file, `\n  ${problems.join('\n  ')}`);
  }
}

/**
 * The same promise for stories: every slug ever published is still a story
 * folder that builds, and every story that builds is recorded. A draft is
 * neither: it has no links out in the world yet, and a published story may
 * not go back to being one.
 */
export function checkStoryHistory(published: readonly string[], stories: { building: readonly string[]; heldBack: readonly string[] }): void {
  const building = new Set(stories.building);
  const problems = [
    ...published
      .filter((slug) => !building.has(slug))
      .map((slug) =>
        stories.heldBack.includes(slug)
          ? `"${slug}" was published, but its story is now marked as a draft, so its links would break. Publish it again.`
          : `"${slug}" was published, but ${STORIES_FOLDER}/${slug}/ does not exist, so links to /${slug}/ would break. Give the folder its name back.`,
      ),
    ...stories.building
      .filter((slug) => !published.includes(slug))
      .map((slug) => `"${slug}" (${STORIES_FOLDER}/${slug}/) is not recorded. Add it to the list when the story is published.`),
  ];
  if (problems.length > 0) throw new ContentError(PUBLISHED_STORIES_FILE, `\n  ${problems.join('\n  ')}`);
}

/** Each former id with the section that now answers to it, for the redirect pages of old share links. */
export function formerIdRedirects<T extends SectionLike>(sections: readonly T[]): { from: string; to: T }[] {
  return sections.flatMap((section) => section.data.formerIds.map((from) => ({ from, to: section })));
}
