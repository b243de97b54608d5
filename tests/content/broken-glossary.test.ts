import { describe, expect, it } from 'vitest';
import { buildBroken } from '../support/fixture-site';

const GLOSSARY = 'content/glossary.yaml';

describe('a broken glossary fails the build with the file and entry named', () => {
  it('rejects an alias that two entries claim', async () => {
    const { code, output } = await buildBroken((s) =>
      s.replace(GLOSSARY, '  term: Peng Liyuan\n  kind: person\n', '  term: Peng Liyuan\n  kind: person\n  aliases: [Xi]\n'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/glossary.yaml');
    expect(output).toContain('entry "peng-liyuan" → aliases: "Xi" is already claimed by entry "xi-jinping"');
  });

  it('rejects two entries with the same id', async () => {
    const { code, output } = await buildBroken((s) => s.replace(GLOSSARY, 'id: peng-liyuan', 'id: xi-jinping'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/glossary\.yaml: entry \d+ → id: "xi-jinping" is already used by entry 1\. Ids must be unique\./);
  });

  it('rejects an empty definition', async () => {
    const { code, output } = await buildBroken((s) =>
      s.replace(GLOSSARY, 'definition: President of the Russian Federation.', 'definition: "  "'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/glossary.yaml: entry 2 ("vladimir-putin") → definition: must not be empty');
  });

  it('rejects an entry without sources', async () => {
    const { code, output } = await buildBroken((s) =>
      s.replace(
        GLOSSARY,
        '  sources:\n    - title: "United Nations Security Council: Purposes and Principles of the UN (Chapter I of UN Charter)"\n      url: https://www.un.org/securitycouncil/content/purposes-and-principles-un-chapter-i-un-charter\n',
        '  sources: []\n',
      ),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/glossary\.yaml: entry \d+ \("sovereignty-non-intervention"\) → sources: needs at least one source/);
  });

  it('rejects an entry the article never mentions, unless it is marked as context', async () => {
    const { code, output } = await buildBroken((s) => s.replace(GLOSSARY, '  term: Singapore\n', '  term: Singapura\n'));
    expect(code).not.toBe(0);
    expect(output).toContain('content/glossary.yaml');
    expect(output).toContain('entry "singapore": the article never mentions it (looked for "Singapura")');
    expect(output).toContain('set `context: true`');
  });
});
