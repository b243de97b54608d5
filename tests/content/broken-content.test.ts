import { describe, expect, it } from 'vitest';
import { buildBroken } from '../support/fixture-site';

const CLOSE_RAPPORT = 'content/stories/sco-2025/sections/03-close-rapport.md';

describe('broken content fails the build with the file and field named', () => {
  it('rejects a section without a title', async () => {
    const { code, output } = await buildBroken((s) => s.replace(CLOSE_RAPPORT, 'title: "Close rapport"\n', ''));
    expect(code).not.toBe(0);
    expect(output).toContain('03-close-rapport.md');
    expect(output).toMatch(/title/);
  });

  it('rejects two sections with the same id, naming both files', async () => {
    const { code, output } = await buildBroken((s) =>
      s.replace('content/stories/sco-2025/sections/04-since-alaska.md', 'id: since-alaska', 'id: close-rapport'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('close-rapport');
    expect(output).toContain('03-close-rapport.md');
    expect(output).toContain('04-since-alaska.md');
  });

  it('rejects a field of the wrong type', async () => {
    const { code, output } = await buildBroken((s) => s.replace(CLOSE_RAPPORT, 'position: 3', 'position: "third"'));
    expect(code).not.toBe(0);
    expect(output).toContain('03-close-rapport.md');
    expect(output).toMatch(/position/);
  });

  it('rejects a missing sections folder instead of building an empty explainer', async () => {
    const { code, output } = await buildBroken((s) => s.remove('content/stories/sco-2025/sections'));
    expect(code).not.toBe(0);
    expect(output).toContain('./content/stories/sco-2025/sections: the content folder does not exist');
  });

  it('rejects two sections in the same position', async () => {
    const { code, output } = await buildBroken((s) => s.replace(CLOSE_RAPPORT, 'position: 3', 'position: 2'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/0[23]-[a-z-]+\.md → position: 2 is also used by content\/stories\/sco-2025\/sections\/0[23]-/);
  });

  it('rejects raw HTML inside a section', async () => {
    const { code, output } = await buildBroken((s) =>
      s.replace(CLOSE_RAPPORT, 'The summit is a showcase', '<script>alert(1)</script>\n\nThe summit is a showcase'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('03-close-rapport.md');
    expect(output).toContain('Raw HTML is not allowed');
  });

  it('rejects an impossible publication date in a story’s metadata', async () => {
    const { code, output } = await buildBroken((s) =>
      s.replace('content/stories/sco-2025/story.yaml', 'published: "2025-09-01"', 'published: "2025-09-31"'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/stories/sco-2025/story.yaml: source.published: "2025-09-31" is not a real day');
    expect(output).toContain('"2025-09-31" is not a real day');
  });

  it('rejects a reference to a section that does not exist', async () => {
    const { code, output } = await buildBroken((s) =>
      s.replace('content/stories/sco-2025/story.yaml', 'headlineBefore: ukraine-war', 'headlineBefore: ukraine-wars'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/stories/sco-2025/story.yaml: source.headlineBefore: "ukraine-wars" is not a section id');
  });

  it('rejects metadata that is not valid YAML', async () => {
    const { code, output } = await buildBroken((s) => s.replace('content/stories/sco-2025/story.yaml', 'outlet: "CNN"', 'outlet: "CNN'));
    expect(code).not.toBe(0);
    expect(output).toContain('content/stories/sco-2025/story.yaml: is not valid YAML');
  });
});
