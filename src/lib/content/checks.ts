import type { GlossaryEntry } from '../../schemas/glossary';
import { ContentError } from '../base/content-error';
import { olderThan, parseIsoDate, startOf } from '../base/dates';
import type { Story } from './model';
import { GLOSSARY_FILE, STORIES_FOLDER } from './story-folders';

/*
 * The checks that span stories: what no single story's folder can show wrong
 * on its own. They read no file; read-fs.ts runs them on what it has read.
 */

/** Fails when a context entry names no story to explain, or a story that does not exist. */
export function checkContextStories(entries: readonly GlossaryEntry[], slugs: readonly string[]): void {
  const problems = entries.flatMap((entry, index) => {
    const where = `entry ${index + 1} ("${entry.id}") → contextFor`;
    if (entry.context && entry.contextFor.length === 0) return [`${where}: a context entry lists the stories whose who's who shows it.`];
    if (!entry.context && entry.contextFor.length > 0) return [`${where}: only a context entry lists stories; the others show wherever an article names them.`];
    return entry.contextFor.filter((slug) => !slugs.includes(slug)).map((slug) => `${where}: "${slug}" is not a story in ${STORIES_FOLDER}/.`);
  });
  if (problems.length > 0) throw new ContentError(GLOSSARY_FILE, `\n  ${problems.join('\n  ')}`);
}

/** Fails when two stories use one id where the site needs it unique (the corrections log's anchors), naming both files. */
export function checkUniqueAcrossStories(stories: readonly Story[], ids: (story: Story) => string[], file: (story: Story) => string, what: string): void {
  const owners = new Map<string, Story>();
  for (const story of stories) {
    for (const id of ids(story)) {
      const owner = owners.get(id);
      if (owner) throw new ContentError(file(story), `entry "${id}": the ${what} is already used in ${file(owner)}; the site needs each one once.`);
      owners.set(id, story);
    }
  }
}

/** Newest first by the source's publication date; stories of one day by slug. */
export function newestFirst(a: Story, b: Story): number {
  return b.meta.source.published.localeCompare(a.meta.source.published) || a.slug.localeCompare(b.slug);
}


/** Fails, naming each entry, when an `asOf` is after `today`: a claim cannot be dated "as of" a day still to come. */
export function checkAsOf(entries: readonly { id: string; asOf?: string | undefined }[], today: string, file: string): void {
  const problems = entries.flatMap((entry, index) => {
    const asOf = entry.asOf === undefined ? undefined : parseIsoDate(entry.asOf);
    // A malformed date is the schema's to report.
    if (asOf === undefined || typeof asOf === 'string' || startOf(asOf).toString() <= today) return [];
    return [`entry ${index + 1} ("${entry.id}") → asOf: "${entry.asOf}" is after the day of the build (${today}); date a claim by a day that has come.`];
  });
  if (problems.length > 0) throw new ContentError(file, `\n  ${problems.join('\n  ')}`);
}

/** How long a story may go without an editor checking its context against the news. */
export const REVIEW_INTERVAL_DAYS = 180;

/** The stories whose last review (or, never reviewed, their first day out) is more than REVIEW_INTERVAL_DAYS before `today`. */
export function storiesDueForReview(stories: readonly Pick<Story, 'slug' | 'files' | 'meta'>[], today: string): { folder: string; since: string }[] {
  return stories.flatMap((story) => {
    const since = story.meta.reviewed ?? story.meta.published;
    return since !== undefined && olderThan(since, today, { days: REVIEW_INTERVAL_DAYS }) ? [{ folder: story.files.folder, since }] : [];
  });
}
