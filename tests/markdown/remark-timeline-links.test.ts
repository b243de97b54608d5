import rehypeStringify from 'rehype-stringify';
import { remark } from 'remark';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { TimelineMention } from '../../src/lib/timeline/timeline';
import remarkTimelineLinks from '../../src/markdown/remark-timeline-links';
import { renderLikeAstro } from './render';
import { parse, quotedText, sectionFile } from './section-file';

const alaska: TimelineMention = {
  eventId: 'alaska-summit',
  sectionId: 'since-alaska',
  phrase: 'in August',
  date: { start: { text: '15 Aug 2025', datetime: '2025-08-15' } },
};
const threats: TimelineMention = {
  eventId: 'threats',
  sectionId: 'since-alaska',
  phrase: 'earlier this summer',
  date: {
    start: { text: '14 Jul', datetime: '2025-07-14' },
    range: { separator: '\u2009–\u2009', end: { text: '6 Aug 2025', datetime: '2025-08-06' } },
  },
};

/** The plugin's options: the mentions of the SCO story. */
const storyMentions = (timelineMentions: TimelineMention[]) => ({
  stories: { 'sco-2025': { timelineMentions, timelineFile: 'content/stories/sco-2025/timeline.yaml' } },
});

/** Runs the plugin alone on Markdown that belongs to `sectionId`. */
async function alone(markdown: string, mentions: TimelineMention[], sectionId = 'since-alaska') {
  const file = new VFile({
    value: markdown,
    path: 'content/stories/sco-2025/sections/04-since-alaska.md',
    data: { astro: { frontmatter: { id: sectionId } } },
  });
  const result = await remark().use(remarkTimelineLinks, storyMentions(mentions)).use(remarkRehype).use(rehypeStringify).process(file);
  return String(result);
}

describe('remark-timeline-links on its own', () => {
  it('links the words to their event and shows the absolute date after them, marked as added', async () => {
    const html = await alone('His summit with Trump in Alaska in August – and more.', [alaska]);
    expect(html).toBe(
      '<p>His summit with Trump in Alaska <a href="/sco-2025/#event-alaska-summit" id="event-alaska-summit-mention" class="time-ref"><span class="time-ref-words">in August</span>' +
        '<span class="time-ref-date" data-added="" data-pagefind-ignore="">\u00a0[<time datetime="2025-08-15">15 Aug 2025</time>]</span></a> – and more.</p>',
    );
  });

  it('leaves the quoted words exactly as they were', async () => {
    const markdown = 'Trump earlier this summer threatened, in August, to act.';
    expect(quotedText(await alone(markdown, [alaska, threats]))).toBe(markdown);
  });

  it('gives each end of a span its own time element', async () => {
    const $ = parse(await alone('Trump earlier this summer threatened.', [threats]));
    expect(
      $('.time-ref-date time')
        .map((_, t) => $(t).attr('datetime'))
        .get(),
    ).toEqual(['2025-07-14', '2025-08-06']);
    expect($('.time-ref-date').text()).toBe('\u00a0[14 Jul\u2009–\u20096 Aug 2025]');
  });

  it('links only the first place the words stand', async () => {
    const $ = parse(await alone('First in August.\n\nThen in August again.', [alaska]));
    expect($('a.time-ref')).toHaveLength(1);
    expect($('p').first().find('a.time-ref')).toHaveLength(1);
  });

  it('leaves words inside links, headings and code alone', async () => {
    const html = await alone('## Back in August\n\n[went in August](https://example.org) and `in August`, then in August.', [alaska]);
    const $ = parse(html);
    expect($('h2').text()).toBe('Back in August');
    expect($('a[href="https://example.org"]').text()).toBe('went in August');
    expect($('a.time-ref').parent().is('p')).toBe(true);
    expect($('a.time-ref').prev().is('code')).toBe(true);
  });

  it('touches only the section the mention belongs to, and files without a section id', async () => {
    expect(await alone('Met in August.', [alaska], 'close-rapport')).toBe('<p>Met in August.</p>');
    const file = new VFile({ value: 'Met in August.' });
    const result = await remark()
      .use(remarkTimelineLinks, storyMentions([alaska]))
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(file);
    expect(String(result)).toBe('<p>Met in August.</p>');
  });

  it('fails when the words are not in the section, naming the data file, the entry, the field and the section file', async () => {
    await expect(alone('Met in September.', [alaska])).rejects.toThrow(
      'content/stories/sco-2025/timeline.yaml: entry "alaska-summit" → phrase: "in August" does not stand in section "since-alaska" (content/stories/sco-2025/sections/04-since-alaska.md) as plain text.',
    );
  });
});

describe('remark-timeline-links in Astro’s pipeline', () => {
  it('links every time expression of a real section to its event', async () => {
    const { body, frontmatter } = sectionFile('04-since-alaska.md');
    const { code } = await renderLikeAstro(body, frontmatter);
    const $ = parse(code);
    expect(
      $('a.time-ref')
        .map((_, a) => [[$(a).attr('href'), $(a).clone().children('[data-added]').remove().end().text()]])
        .get(),
    ).toEqual([
      ['/sco-2025/#event-alaska-summit', 'in August'],
      ['/sco-2025/#event-kyiv-attack', 'Just last week'],
      ['/sco-2025/#event-full-scale-invasion', 'in February 2022'],
      ['/sco-2025/#event-crimea-seized', 'previously'],
      ['/sco-2025/#event-putin-bilaterals', 'today and tomorrow'],
    ]);
    expect($('#event-kyiv-attack-mention .time-ref-date').text()).toBe('\u00a0[28 Aug 2025]');
    expect(quotedText(code)).toContain(
      'Just last week, Moscow’s forces carried out their second largest aerial attack to date on Ukraine.',
    );
  });

  it('fails the render when an edit has removed the words', async () => {
    // The section's notes still find their words; its time expressions are gone.
    const edited = 'Their second largest aerial attack to date, and a talk during a lunch on Sunday.';
    await expect(renderLikeAstro(edited, { id: 'since-alaska' })).rejects.toThrow(
      /content\/stories\/sco-2025\/timeline\.yaml: entry "[a-z-]+" → phrase: "[^"]+" does not stand in section "since-alaska"/,
    );
  });
});
