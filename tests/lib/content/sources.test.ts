import { describe, expect, it } from 'vitest';
import { checkSources } from '../../../src/lib/content/sources';

describe('source hygiene across files', () => {
  it('rejects one address under two titles across files, naming both places', () => {
    const page = 'https://tass.com/politics/2009665';
    expect(() =>
      checkSources([
        { file: 'content/stories/sco-2025/notes.yaml', entries: [{ id: 'receiving-putin', sources: [{ title: 'TASS: Putin arrives', url: page }] }] },
        { file: 'content/glossary.yaml', entries: [{ id: 'chen-miner', sources: [{ title: 'TASS: Putin arrives', url: page }] }] },
      ]),
    ).not.toThrow();
    expect(() =>
      checkSources([
        { file: 'content/stories/sco-2025/notes.yaml', entries: [{ id: 'receiving-putin', sources: [{ title: 'TASS: Putin arrives', url: page }] }] },
        { file: 'content/glossary.yaml', entries: [{ id: 'chen-miner', sources: [{ title: 'TASS report', url: page }] }] },
      ]),
    ).toThrow(
      'content/glossary.yaml: entry "chen-miner" → sources[0].title: "TASS report" names https://tass.com/politics/2009665, which content/stories/sco-2025/notes.yaml: entry "receiving-putin" → sources[0].title calls "TASS: Putin arrives".',
    );
  });
});
