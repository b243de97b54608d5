import { describe, expect, it } from 'vitest';
import { buildBroken } from '../support/fixture-site';

const TIMELINE = 'content/stories/sco-2025/timeline.yaml';
const NOTES = 'content/stories/sco-2025/notes.yaml';

describe('broken timeline and notes data fail the build with the file, entry and field named', () => {
  it('rejects an unknown section id', async () => {
    const { code, output } = await buildBroken((s) => s.replace(TIMELINE, 'sectionIds: [diplomatic-push]', 'sectionIds: [diplomatic-pushh]'));
    expect(code).not.toBe(0);
    expect(output).toContain('content/stories/sco-2025/timeline.yaml');
    expect(output).toContain('entry "military-parade" → sectionIds[0]: "diplomatic-pushh" is not a section id');
  });

  it('rejects an edit to the article that orphans a timeline phrase', async () => {
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

  it('rejects an impossible date', async () => {
    const { code, output } = await buildBroken((s) => s.replace(TIMELINE, 'date: "2025-09-03"', 'date: "2025-09-31"'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/stories\/sco-2025\/timeline\.yaml: entry \d+ \("military-parade"\) → date: "2025-09-31" is not a real day/);
  });

  it('rejects a malformed date', async () => {
    const { code, output } = await buildBroken((s) => s.replace(TIMELINE, 'date: "2025-08-15"', 'date: "15/08/2025"'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/stories\/sco-2025\/timeline\.yaml: entry \d+ \("alaska-summit"\) → date: "15\/08\/2025" is not an ISO date/);
  });

  it('rejects a span that ends before it starts', async () => {
    const { code, output } = await buildBroken((s) => s.replace(TIMELINE, 'end: "2014-03-18"', 'end: "2014-01-18"'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/stories\/sco-2025\/timeline\.yaml: entry \d+ \("crimea-seized"\) → end: "2014-01-18" is before start "2014-02-27"/);
  });

  it('rejects a duplicate event id', async () => {
    const { code, output } = await buildBroken((s) => s.replace(TIMELINE, '- id: donbas-war', '- id: crimea-seized'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/stories\/sco-2025\/timeline\.yaml: entry \d+ → id: "crimea-seized" is already used by entry \d+/);
  });

  it('rejects a note without a source', async () => {
    const { code, output } = await buildBroken((s) =>
      s.replace(
        NOTES,
        '  sources:\n    - title: "The Tribune (ANI): report of Modi’s words to Putin, “always stood shoulder to shoulder even in the most difficult situations” (1 Sept 2025) (title not verified; descriptive label)"\n      url: https://www.tribuneindia.com/news/world/india-and-russia-always-stood-shoulder-to-shoulder-says-pm-modi-during-bilateral-meet-with-putin/\n',
        '  sources: []\n',
      ),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/stories\/sco-2025\/notes\.yaml: entry \d+ \("difficult-times"\) → sources: needs at least one source/);
  });

  it('rejects a note on a section that does not exist', async () => {
    const { code, output } = await buildBroken((s) => s.replace(NOTES, 'sectionId: diplomatic-push', 'sectionId: parade'));
    expect(code).not.toBe(0);
    expect(output).toContain('content/stories/sco-2025/notes.yaml');
    expect(output).toContain('entry "two-dozen-leaders" → sectionId: "parade" is not a section id');
  });

  it('rejects a note whose words are not in its section', async () => {
    const { code, output } = await buildBroken((s) => s.replace(NOTES, 'phrase: Beijing summit', 'phrase: Tianjin summit'));
    expect(code).not.toBe(0);
    expect(output).toContain('content/stories/sco-2025/notes.yaml:');
    expect(output).toContain('entry "beijing-summit" → phrase: "Tianjin summit" does not stand in section "opening" (content/stories/sco-2025/sections/01-opening.md)');
  });
});
