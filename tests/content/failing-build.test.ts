import { describe, expect, it } from 'vitest';
import { buildBroken } from '../../fixtures/fixture-site';

/*
 * content-errors.test.ts checks every content mistake in-process. These two go through a real `astro build`, once
 * for each way a mistake stops it: a check of the data (readContent, run from the config and the loader) and a
 * Markdown plugin (run while Astro renders a section). Each must end the build with a non-zero exit code and print
 * the message an editor needs.
 */
// A build that fails on content still starts Astro and Vite: on a 2-core machine busy with other tests that took up
// to 150 s, past the project's 60 s budget for a test.
describe('a real astro build stops on broken content and prints the message', { timeout: 300_000 }, () => {
  it('on a data error: an edit to the article that orphans a timeline phrase', async () => {
    const { code, output } = await buildBroken((s) =>
      s.replace('content/stories/sco-2025/sections/08-diplomatic-push.md', 'host on Wednesday in Beijing', 'host midweek in Beijing'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/stories/sco-2025/timeline.yaml:');
    expect(output).toContain(
      'entry "military-parade" → phrase: "on Wednesday" does not stand in section "diplomatic-push" (content/stories/sco-2025/sections/08-diplomatic-push.md)',
    );
    // A content error, reported as one: not as a broken Astro config.
    expect(output).toContain('[content]');
    expect(output).not.toContain('Unable to load your Astro config');
  });

  it('on a Markdown plugin’s error: raw HTML inside a section', async () => {
    const { code, output } = await buildBroken((s) =>
      s.replace('content/stories/sco-2025/sections/03-close-rapport.md', 'The summit is a showcase', '<script>alert(1)</script>\n\nThe summit is a showcase'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('03-close-rapport.md');
    expect(output).toContain('Raw HTML is not allowed');
  });
});
