import { describe, expect, it } from 'vitest';
import { checkSources, sourceUrlProblem } from '../../../src/lib/content/sources';

describe('source hygiene', () => {
  it('accepts a full https address', () => {
    expect(sourceUrlProblem('https://www.whitehouse.gov/presidential-actions/2025/07/further-modifying-the-reciprocal-tariff-rates/')).toBeUndefined();
  });

  it('rejects http, a malformed address, another scheme and a host that is not a site', () => {
    expect(sourceUrlProblem('http://en.people.cn/n3/2025/0903/c90000-20361397.html')).toMatch(/ is http: write https:\/\//);
    expect(sourceUrlProblem('www.example.org/page')).toMatch(/is not a full web address/);
    expect(sourceUrlProblem(' https://example.org/page')).toMatch(/is not a full web address/);
    expect(sourceUrlProblem('ftp://example.org/file')).toMatch(/is not a web address \(it starts with ftp:\)/);
    expect(sourceUrlProblem('https://intranet/page')).toBe('"https://intranet/page" has no real host name.');
  });

  it('allows http only for a host listed as serving no https', () => {
    expect(sourceUrlProblem('http://sis.ruc.edu.cn/en/news/news/9851894caca541f5ba1ded342f628463.htm')).toBeUndefined();
    expect(sourceUrlProblem('http://www.ruc.edu.cn/')).toMatch(/ is http/);
  });

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
