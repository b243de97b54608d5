import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { NAME_IN_EVERY_STORY, writeSyntheticStory } from '../../fixtures/synthetic-stories.ts';
import { createFixtureSite, type FixtureSite } from '../../fixtures/fixture-site.ts';
import { projectRoot } from '../../fixtures/paths.ts';
import { sitesBuilt } from './sites-built.ts';

/*
 * A site of several stories: the real SCO story and three synthetic ones that
 * name people and places of the shared who's who ("Modi" in every one). The
 * global setup builds it once, beside the real site; tests read its dist/ and
 * serve it as they do the real one. Two editors' changes that need a build of
 * their own are made in it too, so that no test builds another copy: a renamed
 * section of the SCO story and a draft story imported by `npm run new-story`.
 */

/**
 * The synthetic stories of the multi-story fixture, newest first, as the front page lists them with the SCO story
 * (1 Sept 2025). Two carry a correction, so that the corrections feed and log mix stories.
 */
export const SYNTHETIC_STORIES = [
  { slug: 'synthetic-alpha', published: '2026-03-10', seed: 11, correctedOn: '2026-03-12' },
  { slug: 'synthetic-beta', published: '2025-11-20', seed: 12, correctedOn: '2025-11-21' },
  { slug: 'synthetic-gamma', published: '2024-06-05', seed: 13 },
] as const;

/** A name that every story of the fixture mentions. */
export { NAME_IN_EVERY_STORY };

/** The SCO story's section that the fixture renames, keeping its old id in `formerIds`: old links must still work. */
export const RENAMED_SECTION = { from: 'close-rapport', to: 'close-ties' } as const;

/** The draft story that the fixture imports from tests/fixtures/seed.txt with `npm run new-story`, as an editor would. */
export const DRAFT_STORY = 'seed-copy';

/** Renames a section as an editor should: its old id in `formerIds`, the new id recorded, the timeline and notes pointing at it. */
function renameSection(site: FixtureSite): void {
  const { from, to } = RENAMED_SECTION;
  site.replace('content/stories/sco-2025/sections/03-close-rapport.md', `id: ${from}\n`, `id: ${to}\nformerIds: [${from}]\n`);
  site.replace('content/stories/sco-2025/published-ids.yaml', '  - diplomatic-push\n', `  - diplomatic-push\n  - ${to}\n`);
  for (const data of ['content/stories/sco-2025/timeline.yaml', 'content/stories/sco-2025/notes.yaml']) {
    site.write(data, site.read(data).replaceAll(from, to));
  }
}

/** Runs `npm run new-story` (its script, with the same node) in the copy, on the seed article. */
function importDraft(site: FixtureSite): void {
  const run = spawnSync(
    process.execPath,
    [join(projectRoot, 'src/cli/run.ts'), 'new-story', DRAFT_STORY, join(projectRoot, 'tests/fixtures/seed.txt')],
    {
      cwd: site.root,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`new-story failed:\n${run.stderr}`);
}

/** A copy of the project with the synthetic stories, the renamed section and the imported draft. */
export function createMultiStorySite(): FixtureSite {
  const site = createFixtureSite({ sharedPreviews: true });
  for (const story of SYNTHETIC_STORIES) writeSyntheticStory(site.root, { ...story, alwaysNames: [NAME_IN_EVERY_STORY] });
  renameSection(site);
  importDraft(site);
  return site;
}

/** The root of the multi-story fixture that the global setup built (its site is in dist/ there). */
export function multiStoryRoot(): string {
  return sitesBuilt().multiStoryRoot;
}

/** What the fixture's one build printed: what it says about the draft it leaves out. */
export function multiStoryBuildOutput(): string {
  return sitesBuilt().multiStoryBuildOutput;
}

/** The multi-story fixture's built site, for builtPage(path, dist) and serveDist(dist). */
export function multiStoryDist(): string {
  return join(multiStoryRoot(), 'dist');
}

/** The fixture's pages that bring several stories together, for the accessibility and HTML checks (the real site has one story). */
export const MULTI_STORY_PAGES = ['/', '/timeline/', '/timeline/synthetic-beta/', '/glossary/', '/glossary/narendra-modi/'];
