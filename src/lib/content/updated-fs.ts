import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Temporal } from 'temporal-polyfill';

/*
 * When the content last changed, for the explainer's "Updated" date. Git
 * knows when each committed change was made; a file changed since the last
 * commit, or a copy of the project outside a git checkout, has only its
 * modification time, which is then the best record there is.
 */

/** Runs git in `root`; undefined when git or the repository is not there. */
function git(root: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** The UTC day a file (or, for a deleted file, its folder) was last modified. */
function modifiedDay(path: string): string {
  const existing = existsSync(path) ? path : dirname(path);
  return Temporal.Instant.fromEpochMilliseconds(Math.floor(statSync(existing).mtimeMs)).toZonedDateTimeISO('UTC').toPlainDate().toString();
}

/**
 * The days on which `folder` (relative to `root`) changed, as far as they
 * tell when it last changed: the day of the last commit that touched it, and
 * the modification day of each file changed since. Outside a git checkout,
 * every file's modification day.
 */
export function contentChangeDays(root: string, folder: string): string[] {
  if (git(root, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') {
    return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).map((name) => modifiedDay(join(root, folder, name)));
  }
  const committed = git(root, ['log', '-1', '--format=%cs', '--', folder])?.trim();
  // Paths from ls-files are relative to `root`: modified, deleted and new files that are not ignored.
  const changed = (git(root, ['ls-files', '-z', '--modified', '--deleted', '--others', '--exclude-standard', '--', folder]) ?? '')
    .split('\0')
    .filter((path) => path !== '');
  return [...(committed ? [committed] : []), ...changed.map((path) => modifiedDay(join(root, path)))];
}

/** The latest of some days (YYYY-MM-DD), compared as dates; undefined for none. */
export function latestDay(days: readonly string[]): string | undefined {
  return days
    .map((day) => Temporal.PlainDate.from(day))
    .reduce<Temporal.PlainDate | undefined>((latest, day) => (latest && Temporal.PlainDate.compare(latest, day) >= 0 ? latest : day), undefined)
    ?.toString();
}
