import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../fixtures/paths';

/*
 * The house plan is dependency-cruiser's to check (`npm run lint:deps`, which `npm test` runs on src/). These tests
 * show that each of its rules reports what it should, on a small src/ that breaks each rule once
 * (tests/architecture/fixture/): a plan whose rules had stopped matching would otherwise pass in silence.
 */

const FIXTURE = join(projectRoot, 'tests/architecture/fixture');
const depcruise = join(projectRoot, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');

/** Each violation dependency-cruiser reports on the fixture, as "rule: from → to" (or "rule: module"). */
function violations(config: string): string[] {
  const run = spawnSync(process.execPath, [depcruise, 'src', '--config', join(projectRoot, config), '--output-type', 'json'], {
    cwd: FIXTURE,
    encoding: 'utf8',
  });
  const result = JSON.parse(run.stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return result.summary.violations
    .map(({ rule, from, to }) => (from === to ? `${rule.name}: ${from}` : `${rule.name}: ${from} → ${to}`))
    .sort();
}

describe('the house plan', () => {
  it('reports each broken rule of the plan, with the module that breaks it', () => {
    expect(violations('.dependency-cruiser.mjs')).toEqual([
      'browser-code-runs-in-the-browser: src/lib/share/card.ts → src/lib/search/client/box.ts',
      'browser-needs-no-node: src/lib/search/client/keys.ts → path',
      'content-stays-below-the-wiring: src/lib/content/sections.ts → src/astro/site.ts',
      'features-stay-below-what-assembles-them: src/lib/search/client/box.ts → src/lib/content/read-fs.ts',
      'floor-stands-alone: src/lib/base/dates.ts → src/lib/glossary/glossary.ts',
      'fs-modules-need-node: src/lib/content/drafts-fs.ts',
      'no-circular: src/lib/notes/first.ts → src/lib/notes/second.ts',
      'pure-needs-no-node: src/lib/text/words.ts → fs',
      'pure-reaches-no-fs-module: src/lib/content/story-folders.ts → src/lib/content/read-fs.ts',
      'schemas-stand-on-the-floor: src/schemas/story.ts → src/lib/glossary/glossary.ts',
      'src-stands-alone: src/lib/glossary/mentions.ts → tests/helper.ts',
    ]);
  });

  it('reports a browser module that reaches code needing Node, through any number of imports', () => {
    expect(violations('.dependency-cruiser-browser.mjs')).toEqual([
      'browser-reaches-only-browser-code: src/lib/search/client/box.ts → src/lib/content/read-fs.ts',
    ]);
  });
});
