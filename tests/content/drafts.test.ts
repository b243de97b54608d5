import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticStory } from '../../bench/synthetic-stories';
import { startDev } from '../support/dev-server';
import { buildBroken, createFixtureSite, type FixtureSite } from '../support/fixture-site';
import { projectRoot } from '../support/paths';

const PUBLISHED_STORIES = 'content/published-stories.yaml';

describe('published stories', () => {
  it('fail the build when a published story’s folder is gone, naming the record and the slug', async () => {
    const { code, output } = await buildBroken((site) => site.replace(PUBLISHED_STORIES, '  - sco-2025\n', '  - sco-2025\n  - gone-story\n'));
    expect(code).not.toBe(0);
    expect(output).toContain(
      `${PUBLISHED_STORIES}: \n  "gone-story" was published, but content/stories/gone-story/ does not exist, so links to /gone-story/ would break.`,
    );
  });

  it('fail the build when a story that builds is not recorded', async () => {
    const { code, output } = await buildBroken((site) => {
      writeSyntheticStory(site.root, { slug: 'synthetic-unrecorded', published: '2025-10-01', seed: 3 });
      site.replace(PUBLISHED_STORIES, '  - synthetic-unrecorded\n', '');
    });
    expect(code).not.toBe(0);
    expect(output).toContain(
      `${PUBLISHED_STORIES}: \n  "synthetic-unrecorded" (content/stories/synthetic-unrecorded/) is not recorded. Add it to the list when the story is published.`,
    );
  });

  it('refuse a story folder named like a page of the site', async () => {
    const { code, output } = await buildBroken((site) => mkdirSync(join(site.root, 'content/stories/glossary')));
    expect(code).not.toBe(0);
    expect(output).toContain('content/stories/glossary: "glossary" is a path the site itself uses; give the story another folder name.');
  });
});

/** A copy of the project with the seed imported by `npm run new-story` as the draft story "seed-copy". */
function siteWithImportedDraft(): FixtureSite {
  const site = createFixtureSite();
  const run = spawnSync(process.execPath, [join(projectRoot, 'src/cli/run.ts'), 'new-story', 'seed-copy', join(projectRoot, 'tests/fixtures/seed.txt')], {
    cwd: site.root,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`new-story failed:\n${run.stderr}`);
  return site;
}

describe('a draft story, as npm run new-story writes it', () => {
  let site: FixtureSite;
  beforeAll(() => {
    site = siteWithImportedDraft();
  });
  afterAll(() => site?.dispose());

  it('is left out of `astro build`, which says what keeps it back, file by file', async () => {
    const { code, output } = await site.build();
    expect(code, output).toBe(0);
    expect(output).toContain('Draft not published: content/stories/seed-copy/');
    expect(output).toContain('content/stories/seed-copy/story.yaml → draft: true (remove it when the story is ready)');
    expect(output).toContain('content/stories/seed-copy/sections/03-close-rapport.md → draft: true (write its summary, then remove it)');
    // What it would still fail once the marks are gone: the fields the importer left empty.
    expect(output).toMatch(/content\/stories\/seed-copy\/story\.yaml: .*source\.published: "" is not an ISO date/);
    expect(existsSync(join(site.root, 'dist/seed-copy'))).toBe(false);
    expect(existsSync(join(site.root, 'dist/sco-2025/index.html'))).toBe(true);
  });

  it('shows under `astro dev` once its story.yaml is filled in, while still a draft', async () => {
    site.replace('content/stories/seed-copy/story.yaml', 'published: ""', 'published: "2025-09-01"');
    site.replace('content/stories/seed-copy/story.yaml', 'outlet: ""', 'outlet: "Test outlet"');
    site.replace('content/stories/seed-copy/story.yaml', '\n  url: ""', '');
    site.replace('content/stories/seed-copy/story.yaml', 'headline: ""', 'headline: "Draft headline of a test import"');
    const { origin, server } = await startDev(site.root);
    try {
      const response = await fetch(`${origin}/seed-copy/`);
      const html = await response.text();
      expect(response.status, html.slice(0, 2000)).toBe(200);
      expect(html).toContain('Draft headline of a test import');
      expect(html).toContain('The deep personal rapport between the two men was on show Sunday evening');
    } finally {
      server.kill();
    }
  });
});
