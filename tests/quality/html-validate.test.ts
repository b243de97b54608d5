import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distFiles } from '../support/dist-files';
import { distDir } from '../support/paths';

// Finds .htmlvalidate.json at the project root; any rule it relaxes is explained there.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('every built page is valid HTML', () => {
  const pages = distFiles('.html');

  it('finds the pages to check', () => {
    expect(pages).toContain('index.html');
  });

  for (const page of pages) {
    it(`${page} has no html-validate errors`, async () => {
      const report = await validator.validateFile(join(distDir, page));
      const errors = report.results.flatMap((result) =>
        result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
      );
      expect(errors).toEqual([]);
    });
  }
});
