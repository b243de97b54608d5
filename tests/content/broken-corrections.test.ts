import { describe, expect, it } from 'vitest';
import { buildBroken } from '../support/fixture-site';

const CORRECTIONS = 'content/stories/sco-2025/corrections.yaml';

describe('a broken corrections log fails the build with the file, entry and field named', () => {
  it('rejects a correction of a note that does not exist', async () => {
    const { code, output } = await buildBroken((s) =>
      s.replace(CORRECTIONS, 'target: { kind: note, id: beijing-summit }', 'target: { kind: note, id: beijing-sumit }'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/stories/sco-2025/corrections.yaml: entry "beijing-summit-anthems" → target.id: "beijing-sumit" is not the id of a note in content/stories/sco-2025/notes.yaml.',
    );
  });

  it('rejects a correction without a date', async () => {
    const { code, output } = await buildBroken((s) => s.replace(CORRECTIONS, '- id: sco-partners\n  date: "2026-12-01"\n', '- id: sco-partners\n'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/stories\/sco-2025\/corrections\.yaml: entry 4 \("sco-partners"\) → date: /);
  });
});
