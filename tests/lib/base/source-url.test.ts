import { describe, expect, it } from 'vitest';
import { sourceUrlProblem } from '../../../src/lib/base/source-url';

describe('a source address', () => {
  it('accepts a full https address', () => {
    expect(
      sourceUrlProblem('https://www.whitehouse.gov/presidential-actions/2025/07/further-modifying-the-reciprocal-tariff-rates/'),
    ).toBeUndefined();
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
});
