import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distFiles } from '../support/dist-files';
import { MULTI_STORY_PAGES, multiStoryDist } from '../support/multi-story-site';
import { distDir } from '../../fixtures/paths';

// Finds .htmlvalidate.json at the project root; any rule it relaxes is explained there.
const validator = new HtmlValidate(new FileSystemConfigLoader());

/** A built file's errors, each with its line and column. */
async function errorsOf(file: string): Promise<string[]> {
  const report = await validator.validateFile(file);
  return report.results.flatMap((result) =>
    result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );
}

describe('every built page is valid HTML', () => {
  const pages = distFiles('.html');

  it('finds the pages to check', () => {
    expect(pages).toContain('index.html');
  });

  for (const page of pages) {
    it(`${page} has no html-validate errors`, async () => {
      expect(await errorsOf(join(distDir, page))).toEqual([]);
    });
  }
});

describe('the pages where several stories meet are valid HTML (the multi-story fixture)', () => {
  for (const path of MULTI_STORY_PAGES) {
    it(`${path} has no html-validate errors`, async () => {
      expect(await errorsOf(join(multiStoryDist(), path, 'index.html'))).toEqual([]);
    });
  }
});
