import { describe, expect, it } from 'vitest';
import { buildBroken } from '../support/fixture-site';

describe('a badly listed source fails the build with the file, entry and field named', () => {
  it('rejects an http address and an empty title', async () => {
    const { code, output } = await buildBroken((s) => {
      s.replace('content/stories/sco-2025/timeline.yaml', 'url: https://www.usatoday.com/story/', 'url: http://www.usatoday.com/story/');
      s.replace('content/stories/sco-2025/timeline.yaml', 'title: "USA Today: Putin rebuffs West, signs treaty to annex Crimea (18 Mar 2014)"', 'title: " "');
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/stories\/sco-2025\/timeline\.yaml: entry \d+ \("crimea-seized"\) → sources\.1\.title: must not be empty\.; sources\.1\.url: "http:\/\/www\.usatoday\.com\/story\/news\/world\/2014\/03\/18\/russia-crimea-annexation\/6554563\/" is http: write https:\/\//);
  });

  it('rejects a malformed address', async () => {
    const { code, output } = await buildBroken((s) =>
      s.replace('content/stories/sco-2025/notes.yaml', 'url: https://tass.com/politics/2009665', 'url: tass.com/politics/2009665'),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/stories\/sco-2025\/notes\.yaml: entry \d+ \("receiving-putin"\) → sources\.0\.url: "tass\.com\/politics\/2009665" is not a full web address/);
  });

  it('rejects one address listed under two titles, naming both', async () => {
    const { code, output } = await buildBroken((s) =>
      s.replace(
        'content/stories/sco-2025/notes.yaml',
        'title: "Xinhua via People’s Daily Online: Xi reviews troops to mark 80th anniversary of victory over Japanese aggression (3 Sept 2025)"',
        'title: "People’s Daily: parade report"',
      ),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('the same source is listed under different titles');
    expect(output).toMatch(
      /content\/stories\/sco-2025\/notes\.yaml: entry "beijing-summit" → sources\[\d\]\.title: "People’s Daily: parade report" names https:\/\/en\.people\.cn\/n3\/2025\/0903\/c90000-20361397\.html, which content\/stories\/sco-2025\/timeline\.yaml: entry "military-parade" → sources\[0\]\.title calls "Xinhua via People’s Daily Online: Xi reviews troops/,
    );
  });
});
