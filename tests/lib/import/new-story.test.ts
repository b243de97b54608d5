import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execPath } from 'node:process';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../fixtures/paths';

/** The scratch folders of the test that runs, removed after it: each run of the suite left four in the system's tmp. */
const scratchFolders: string[] = [];
afterEach(() => {
  for (const folder of scratchFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function scratchFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  scratchFolders.push(folder);
  return folder;
}

/** Runs `npm run new-story`'s command, as an editor would, in a scratch project holding the unit tests' own glossary. */
function newStory(...args: string[]) {
  const root = scratchFolder('new-story-');
  mkdirSync(join(root, 'content'));
  copyFileSync(join(projectRoot, 'tests/fixtures/content/glossary.yaml'), join(root, 'content/glossary.yaml'));
  const run = spawnSync(execPath, [join(projectRoot, 'src/cli/run.ts'), 'new-story', ...args], { cwd: root, encoding: 'utf8' });
  return { ...run, root };
}

describe('npm run new-story', () => {
  it('writes the seed as a draft story and prints the editor’s checklist', () => {
    const { status, stdout, stderr, root } = newStory('sco-copy', join(projectRoot, 'tests/fixtures/seed.txt'));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const folder = join(root, 'content/stories/sco-copy');
    expect(readdirSync(join(folder, 'sections'))).toHaveLength(7);
    expect(readFileSync(join(folder, 'sections/03-close-rapport.md'), 'utf8')).toContain(
      'The deep personal rapport between the two men was on show Sunday evening, when Xi and his wife Peng Liyuan hosted a welcome banquet for attending leaders.',
    );
    expect(stdout).toContain('Wrote content/stories/sco-copy. Before it can be published:');
    expect(stdout).toContain('  - Narendra Modi (narendra-modi): 6×');
    expect(stdout).toContain('  - Latin America: line 7');
  });

  it('says what is wrong with a broken article, by line, and writes nothing', () => {
    const scratch = scratchFolder('broken-article-');
    const article = join(scratch, 'broken.txt');
    writeFileSync(article, '- A first paragraph.\n0:39\n- A second one.\n');
    const { status, stderr, root } = newStory('broken', article);
    expect(status).toBe(1);
    expect(stderr).toContain(`${article} cannot be imported:\n  line 2: "0:39" looks like a video's running time`);
    expect(readdirSync(join(root, 'content'))).toEqual(['glossary.yaml']);
  });

  it('refuses a slug that cannot be an address', () => {
    const { status, stderr } = newStory('SCO 2025', join(projectRoot, 'tests/fixtures/seed.txt'));
    expect(status).toBe(1);
    expect(stderr).toContain('The slug "SCO 2025" must be lowercase letters, digits and single hyphens');
  });
});
