import { describe, expect, it } from 'vitest';
import { buildBroken } from '../support/fixture-site';

const TIMELINE = 'content/stories/sco-2025/timeline.yaml';

describe('a time phrase whose event is dated wrong fails the build, naming file, event and both dates', () => {
  it('for every phrase kind at once: weekday, weekday ahead, last week, month, this summer, years back', async () => {
    const { code, output } = await buildBroken((s) => {
      s.replace(TIMELINE, '- id: welcome-banquet\n  date: "2025-08-31"', '- id: welcome-banquet\n  date: "2025-08-24"');
      s.replace(TIMELINE, '- id: military-parade\n  date: "2025-09-03"', '- id: military-parade\n  date: "2025-08-27"');
      s.replace(TIMELINE, '- id: kyiv-attack\n  date: "2025-08-28"', '- id: kyiv-attack\n  date: "2025-08-21"');
      s.replace(TIMELINE, '- id: alaska-summit\n  date: "2025-08-15"', '- id: alaska-summit\n  date: "2025-07-15"');
      s.replace(TIMELINE, '- id: full-scale-invasion\n  date: "2022-02-24"', '- id: full-scale-invasion\n  date: "2022-03-01"');
      s.replace(TIMELINE, '- id: trump-oil-tariff-threats\n  start: "2025-07-14"', '- id: trump-oil-tariff-threats\n  start: "2025-05-20"');
      s.replace(TIMELINE, '  start: "2018-06-09"\n  end: "2018-06-10"', '  start: "2019-06-09"\n  end: "2019-06-10"');
    });
    expect(code).not.toBe(0);
    expect(output).toContain('[content]');
    // One error lists every event at fault, in the file's order: the file is named once, before the first.
    const published = 'published on 2025-09-01 (Monday 1 September 2025) (content/stories/sco-2025/story.yaml → source.published)';
    expect(output).toContain(
      `entry "welcome-banquet" → date: the event falls on 2025-08-24 (Sunday 24 August 2025), but "Sunday evening" in content/stories/sco-2025/sections/03-close-rapport.md, ${published}, means the last Sunday (within six days before publication, or that day): 2025-08-31 (Sunday 31 August 2025).`,
    );
    expect(output).toContain(
      `entry "military-parade" → date: the event falls on 2025-08-27 (Wednesday 27 August 2025), but "on Wednesday" in content/stories/sco-2025/sections/08-diplomatic-push.md, ${published}, means the Wednesday still to come (within six days after publication): 2025-09-03 (Wednesday 3 September 2025).`,
    );
    expect(output).toContain(
      `entry "kyiv-attack" → date: the event falls on 2025-08-21 (Thursday 21 August 2025), but "Just last week" in content/stories/sco-2025/sections/04-since-alaska.md, ${published}, means the previous calendar week (Monday to Sunday): 2025-08-25 – 2025-08-31 (25\u2009–\u200931 August 2025).`,
    );
    expect(output).toContain(
      `entry "alaska-summit" → date: the event falls on 2025-07-15 (Tuesday 15 July 2025), but "in August" in content/stories/sco-2025/sections/04-since-alaska.md, ${published}, means that month, the latest one not after publication: 2025-08-01 – 2025-08-31 (1\u2009–\u200931 August 2025).`,
    );
    expect(output).toContain(
      `entry "full-scale-invasion" → date: the event falls on 2022-03-01 (Tuesday 1 March 2022), but "in February 2022" in content/stories/sco-2025/sections/04-since-alaska.md, ${published}, means that month: 2022-02-01 – 2022-02-28 (1\u2009–\u200928 February 2022).`,
    );
    expect(output).toContain(
      `entry "trump-oil-tariff-threats" → start: the event falls on 2025-05-20 – 2025-08-06 (20 May\u2009–\u20096 August 2025), but "earlier this summer" in content/stories/sco-2025/sections/06-ukraine-war.md, ${published}, means June to August of the publication year: 2025-06-01 – 2025-08-31 (1 June\u2009–\u200931 August 2025).`,
    );
    expect(output).toContain(
      `content/stories/sco-2025/timeline.yaml: entry "modi-china-2018" → start: the event falls on 2019-06-09 – 2019-06-10 (9\u2009–\u200910 June 2019), but "seven years" in content/stories/sco-2025/sections/06-ukraine-war.md, ${published}, means the year 7 years before publication: 2018-01-01 – 2018-12-31 (1 January\u2009–\u200931 December 2018).`,
    );
  });

  it('for a phrase the rules cannot read that does not say why it is unchecked', async () => {
    const { code, output } = await buildBroken((s) => s.replace(TIMELINE, '  phraseUnchecked: “Previously” is counted', '  # “Previously” is counted'));
    expect(code).not.toBe(0);
    expect(output).toContain('content/stories/sco-2025/timeline.yaml: entry "crimea-seized" → phrase: "previously" is not a time phrase the build can date.');
  });
});
