import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { parse } from 'yaml';
import { projectRoot } from '../../fixtures/paths';
import { distFiles, urlPathOf } from '../support/dist-files';
import { builtPage, readableText } from '../support/site';

interface Source {
  url: string;
}
interface EventData {
  id: string;
  followUp?: boolean;
  added?: string;
  date?: string;
  start?: string;
  end?: string;
  phrase?: string;
  title: string;
  description: string;
  sectionIds: string[];
  sources: Source[];
}
interface NoteData {
  id: string;
  asOf?: string;
  sectionId: string;
  phrase: string;
  text: string;
  sources: Source[];
}

// The content as an editor wrote it, read straight from the YAML files rather than through the code under test.
const readList = <T>(file: string) => parse(readFileSync(join(projectRoot, file), 'utf8')) as T[];
const eventData = new Map(readList<EventData>('content/stories/sco-2025/timeline.yaml').map((event) => [event.id, event]));
const noteData = new Map(readList<NoteData>('content/stories/sco-2025/notes.yaml').map((note) => [note.id, note]));

/**
 * The timeline's reading order, worked out by hand from the dates in content/stories/sco-2025/timeline.yaml: by first day; a single
 * day before a span that begins on it (1 September before "today and tomorrow"); then `order` on 31 August,
 * 1, 2 and 3 September; then id where `order` ties (sco-council-session before tianjin-declaration-adopted,
 * global-governance-initiative before modi-putin-talks).
 */
const CHRONOLOGICAL = [
  'sco-founded', // 15 Jun 2001
  'crimea-seized', // 27 Feb – 18 Mar 2014
  'donbas-war', // Apr 2014
  'modi-china-2018', // 9–10 Jun 2018
  'full-scale-invasion', // 24 Feb 2022
  'xi-modi-kazan', // 23 Oct 2024
  'xi-state-visit-moscow', // 7–10 May 2025
  'record-attack-july', // 9 Jul
  'trump-oil-tariff-threats', // 14 Jul – 6 Aug
  'trump-shortens-putin-deadline', // 28 Jul
  'bessent-warns-china', // 29 Jul
  'india-penalty-ordered', // 6 Aug
  'india-reciprocal-tariff', // 7 Aug
  'us-china-truce-extended', // 11 Aug
  'alaska-summit', // 15 Aug
  'india-penalty-in-force', // 27 Aug
  'kyiv-attack', // 28 Aug
  'modi-arrives-tianjin', // 30 Aug
  'xi-modi-talks', // 31 Aug, order 0
  'putin-arrives', // 31 Aug, order 1
  'welcome-banquet', // 31 Aug, order 2
  'modi-putin-walk', // 1 Sep, order 0
  'sco-council-session', // 1 Sep, order 1
  'tianjin-declaration-adopted', // 1 Sep, order 1
  'global-governance-initiative', // 1 Sep, order 2
  'modi-putin-talks', // 1 Sep, order 2
  'putin-bilaterals', // 1–2 Sep
  'xi-putin-beijing-talks', // 2 Sep, order 0
  'power-of-siberia-2-memorandum', // 2 Sep, order 1
  'military-parade', // 3 Sep, order 0
  'modi-absent-from-parade', // 3 Sep, order 1
  'trump-parade-post', // 3 Sep, order 2
  'record-attack-september', // 7 Sep
  'busan-truce', // 30 Oct, a follow-up
  'putin-india-visit', // 4–5 Dec, a follow-up
  'india-penalty-revoked', // 7 Feb 2026, a follow-up
  'supreme-court-ieepa', // 20 Feb 2026, order 0, a follow-up
  'section-122-tariff', // 20 Feb 2026, order 1, a follow-up
];

/** The notes in reading order: by section, then by where their phrase stands; the credit line's note last. */
const READING_ORDER = [
  'receiving-putin',
  'beijing-summit',
  'second-largest-attack',
  'lunch-on-sunday',
  'earlier-this-summer',
  'holding-off-on-china',
  'fifty-percent-tariff',
  'difficult-times',
  'two-dozen-leaders',
  'credit-xenixnews',
];

const byId = <T>(data: Map<string, T>, id: string): T => {
  const found = data.get(id);
  if (!found) throw new Error(`The written-out order names "${id}", which the content file does not have.`);
  return found;
};
const events = CHRONOLOGICAL.map((id) => byId(eventData, id));
/** The events of the report's own time, which the story page's compact timeline lists; its follow-ups stand apart. */
const reportEvents = events.filter((event) => event.followUp !== true);
/** The addresses of the links under an element, in order. */
const hrefsIn = (element: ReturnType<CheerioAPI>, selector: string) =>
  element
    .find(selector)
    .map((_, a) => (a.type === 'tag' ? a.attribs['href'] : undefined))
    .get();

/** An event's title, description and source addresses as its item on a timeline shows them, and as the YAML has them. */
const shownEvent = (item: ReturnType<ReturnType<typeof builtPage>>) => ({
  title: item.find('.event-title').text(),
  description: item.find('.event-description').text(),
  sources: item
    .find('.event-sources a')
    .map((_, a) => a.attribs['href'])
    .get(),
});
const writtenEvent = (event: EventData) => ({
  title: event.title,
  description: event.description,
  sources: event.sources.map((source) => source.url),
});
const notes = READING_ORDER.map((id, index) => ({ ...byId(noteData, id), number: index + 1 }));

describe('the timeline on the explainer page', () => {
  const $ = builtPage('/sco-2025/');
  const timeline = $('article.explainer section.timeline[aria-labelledby="timeline"]');

  it('lists every event but the follow-ups once, in chronological order, each under a heading that carries its anchor', () => {
    expect(CHRONOLOGICAL.toSorted()).toEqual([...eventData.keys()].toSorted());
    const headings = timeline.find('.periods > ol.events > li.event > h4[id]');
    expect(headings.map((_, h) => $(h).attr('id')).get()).toEqual(reportEvents.map((event) => `event-${event.id}`));
  });

  it('groups the events by year, and the busy year by month', () => {
    expect(
      timeline
        .find('li.event > h3.period-label')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(['2001', '2014', '2018', '2022', '2024', 'May 2025', 'July 2025', 'August 2025', 'September 2025']);
  });

  it('dates each event with machine-readable times, and the weekday of every event known to the day', () => {
    for (const event of reportEvents) {
      const heading = $(`#event-${event.id}`);
      const times = heading
        .find('time')
        .map((_, t) => $(t).attr('datetime'))
        .get();
      expect(times, event.id).toEqual(event.date ? [event.date] : [event.start, event.end]);
      const shown = heading.find('.event-date').text();
      expect(/day\b/.test(shown), `${event.id}: ${shown}`).toBe(event.date?.length === 'YYYY-MM-DD'.length);
    }
    // Three in a row on 31 August, which once read "Sunday 31 August", "31 August", "Sunday 31 August".
    for (const id of ['putin-arrives', 'xi-modi-talks', 'welcome-banquet']) {
      expect(readableText($, `#event-${id} .event-date`)).toBe('Sunday 31 August 2025');
    }
    expect(readableText($, '#event-modi-arrives-tianjin .event-date')).toBe('Saturday 30 August 2025');
    expect(readableText($, '#event-military-parade .event-date')).toBe('Wednesday 3 September 2025');
    expect(readableText($, '#event-crimea-seized .event-date')).toBe('27 February – 18 March 2014');
  });

  it('shows each event’s title and description, the title linking to its sources and details on the story’s timeline page', () => {
    for (const event of reportEvents) {
      const heading = $(`#event-${event.id}`);
      const title = heading.clone();
      title.find('.event-date').remove();
      expect(title.text().trim(), event.id).toBe(event.title);
      // The description stands in the item itself, right after the heading, without a paragraph of its own.
      const description = heading[0]?.next;
      expect(description?.type === 'text' ? description.data.trim() : description?.type, event.id).toBe(event.description);
      const details = heading.find('a');
      expect(details.text().trim(), event.id).toBe(event.title);
      expect(details.attr('href'), event.id).toBe(`/timeline/sco-2025/#sco-2025--event-${event.id}`);
      // What stays on the timeline page: no source and no other section stands beside the article.
      expect(heading.parent().find('.event-sources, .source-list').length, event.id).toBe(0);
    }
  });

  it('links the article’s words to their event, and each event back to those words', () => {
    const withWords = events.filter((event) => event.phrase !== undefined);
    expect(withWords.length).toBeGreaterThanOrEqual(12);
    for (const event of withWords) {
      const mention = $(`#event-${event.id}-mention`);
      expect(mention.is('a.time-ref'), event.id).toBe(true);
      expect(mention.attr('href')).toBe(`/sco-2025/#event-${event.id}`);
      expect(event.sectionIds).toContain(mention.closest('section[data-section]').attr('data-section'));
      const words = mention.clone();
      words.find('[data-added]').remove();
      expect(words.text().replace(/\s+/g, ' ')).toBe(event.phrase);
      expect($(`#event-${event.id}`).parent().find(`a[data-mention-link][href="#event-${event.id}-mention"]`).text()).toBe(
        `Back to “${event.phrase}”`,
      );
    }
  });

  it('marks every absolute date in the article as added, so the quoted text stays verbatim', () => {
    $('article.explainer section[data-section] .time-ref-date').each((_, date) => {
      expect($(date).is('[data-added][data-pagefind-ignore]')).toBe(true);
      expect($(date).text()).toMatch(/^\u00a0\[.+\]$/);
    });
    expect($('article.explainer section[data-section] .time-ref-date')).toHaveLength(events.filter((e) => e.phrase).length);
  });

  it('is listed in the contents after the sections', () => {
    expect($('nav.toc .extras a').attr('href')).toBe('#timeline');
  });
});

describe('the story’s timeline page, where each event keeps its sources and sections', () => {
  const $ = builtPage('/timeline/sco-2025/');

  // Moved from the story page's tests, which checked these beside the article before its timeline became compact.
  it('shows each event’s title, description, sections and sources', () => {
    expect($('li.event').length).toBe(events.length);
    for (const event of events) {
      const item = $(`#sco-2025--event-${event.id}`).parent();
      expect(item.find('.event-title').text()).toBe(event.title);
      expect(item.find('.event-description').text()).toBe(event.description);
      const sectionLinks = item
        .find('.event-links a:not([data-mention-link])')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(sectionLinks.sort()).toEqual(event.sectionIds.map((id) => `/sco-2025/#${id}`).sort());
      expect(hrefsIn(item, '.event-sources a')).toEqual(event.sources.map((s) => s.url));
    }
  });

  it('links each event back to the article’s words about it', () => {
    for (const event of events.filter((e) => e.phrase !== undefined)) {
      const link = $(`#sco-2025--event-${event.id}`).parent().find('a[data-mention-link]');
      expect(link.attr('href'), event.id).toBe(`/sco-2025/#event-${event.id}-mention`);
      expect(link.text(), event.id).toBe(`“${event.phrase}”`);
    }
  });
});

/**
 * The follow-ups of content/stories/sco-2025/timeline.yaml, what happened after the report, written out in date order
 * (two on 20 February 2026, the court's ruling first by `order`), with their dates as a reader reads them (thin spaces
 * around the dash of a span read as spaces here).
 */
const FOLLOW_UPS = [
  { id: 'busan-truce', date: 'Thursday 30 October 2025', added: '7 December 2026' },
  { id: 'putin-india-visit', date: '4 – 5 December 2025', added: '7 December 2026' },
  { id: 'india-penalty-revoked', date: 'Saturday 7 February 2026', added: '7 December 2026' },
  { id: 'supreme-court-ieepa', date: 'Friday 20 February 2026', added: '7 December 2026' },
  { id: 'section-122-tariff', date: 'Friday 20 February 2026', added: '7 December 2026' },
];

describe('the timeline page of the story (/timeline/sco-2025/)', () => {
  const $ = builtPage('/timeline/sco-2025/');
  const group = $('section.follow-ups[aria-labelledby="since-this-report"]');

  it('sets the follow-ups apart under “Since this report”, in date order, each with the day it happened and the day it was added', () => {
    expect(FOLLOW_UPS.map((event) => event.id).toSorted()).toEqual(
      [...eventData.values()]
        .filter((event) => event.followUp === true)
        .map((event) => event.id)
        .toSorted(),
    );
    expect(readableText($, '#since-this-report')).toBe('Since this report');
    const items = group.find('li.event');
    expect(items.map((_, item) => $(item).children('h3').attr('id')).get()).toEqual(
      FOLLOW_UPS.map((event) => `sco-2025--event-${event.id}`),
    );
    FOLLOW_UPS.forEach((expected, index) => {
      const item = items.eq(index);
      const event = byId(eventData, expected.id);
      expect(item.find('.event-date').text().replace(/\s+/g, ' ').trim()).toBe(expected.date);
      expect(item.find('.event-date time').first().attr('datetime')).toBe(event.date ?? event.start);
      expect(item.find('.event-added').text().replace(/\s+/g, ' ').trim()).toBe(`Added on ${expected.added}`);
      expect(item.find('.event-added time').attr('datetime')).toBe(event.added);
      expect(shownEvent(item)).toEqual(writtenEvent(event));
      expect(item.find('.event-story a').attr('href')).toBe(`/sco-2025/#event-${expected.id}`);
    });
  });

  it('lists every other event by period, and none of the follow-ups there', () => {
    const listed = $('.site-timeline > ol.periods li.event > h2, .site-timeline > ol.periods li.event > h3')
      .map((_, h) => $(h).attr('id'))
      .get();
    const followUps = new Set(FOLLOW_UPS.map((event) => event.id));
    expect(listed).toEqual(CHRONOLOGICAL.filter((id) => !followUps.has(id)).map((id) => `sco-2025--event-${id}`));
  });
});

describe('dates across the built site', () => {
  it('read one way: a month is shortened as the date chips shorten it, in source labels too, never “Sep”', () => {
    const $ = builtPage('/sco-2025/');
    // A chip in the text and a source label, written out as the reader sees them.
    expect(readableText($, '#event-military-parade-mention .time-ref-date')).toBe('[3 Sept 2025]');
    // The events' sources stand on the story's timeline page, beside the full events.
    const sources = builtPage('/timeline/sco-2025/');
    expect(
      sources(
        'a[href="https://www.ndtv.com/world-news/pm-modi-holds-bilateral-talks-with-xi-during-his-1st-china-visit-in-7-years-9189721"]',
      )
        .first()
        .text(),
    ).toMatch(/\(31 Aug 2025\)$/);
    expect(sources('.source-list a').filter((_, a) => sources(a).text().endsWith('(1 Sept 2025)')).length).toBeGreaterThan(5);
    for (const file of distFiles('.html')) {
      const text = builtPage(urlPathOf(file))('body').text();
      expect(text.match(/\bSep\b|\bSept\./g), file).toBeNull();
    }
  });
});

describe('the fact notes on the explainer page', () => {
  const $ = builtPage('/sco-2025/');

  it('numbers every note once, in reading order, after the words it is about', () => {
    expect(READING_ORDER.toSorted()).toEqual([...noteData.keys()].toSorted());
    const refs = $('article.explainer sup.note-ref a');
    expect(refs.map((_, a) => $(a).attr('href')).get()).toEqual(notes.map((note) => `#note-${note.id}`));
    expect(refs.map((_, a) => $(a).text()).get()).toEqual(notes.map((note) => `Note ${note.number}`));
    refs.each((index, ref) => {
      const note = notes[index]!;
      const words = $(ref).closest('sup').prev('.noted').clone();
      words.find('[data-added]').remove();
      expect(words.text().replace(/\s+/g, ' ')).toBe(note.phrase);
    });
  });

  it('lists each note once, with its number, text and sources, and links it back to its number', () => {
    expect(
      $('article.explainer li.fact-note')
        .map((_, li) => $(li).attr('id'))
        .get(),
    ).toEqual(notes.map((note) => `note-${note.id}`));
    for (const note of notes) {
      const item = $(`#note-${note.id}`);
      expect(item.attr('value')).toBe(String(note.number));
      expect(item.find('.fact-note-text').text()).toBe(`“${note.phrase}” ${note.text}`);
      expect(item.find('a.fact-note-back').attr('href')).toBe(`#note-${note.id}-ref`);
      expect($(`#note-${note.id}-ref`).attr('href')).toBe(`#note-${note.id}`);
      expect(hrefsIn(item, '.fact-note-sources a')).toEqual(note.sources.map((s) => s.url));
    }
  });

  it('keeps each section’s notes in that section, after its text', () => {
    for (const note of notes.filter((n) => n.sectionId !== 'credit')) {
      const section = $(`#note-${note.id}`).closest('section[data-section]');
      expect(section.attr('data-section')).toBe(note.sectionId);
      expect(section.find(`#note-${note.id}-ref`)).toHaveLength(1);
    }
    expect($('#note-credit-xenixnews').closest('div.article-credit')).toHaveLength(1);
  });

  it('marks note numbers and notes lists as added, out of the quoted text', () => {
    expect($('article.explainer sup.note-ref:not([data-added])')).toHaveLength(0);
    expect($('article.explainer .fact-notes:not([data-added])')).toHaveLength(0);
  });
});

/** The notes of content/stories/sco-2025/notes.yaml with an `asOf`, and the day as a reader reads it. */
const NOTES_AS_OF: Record<string, string> = { 'fifty-percent-tariff': '1 September 2025' };

describe('the fact notes that describe a state of affairs', () => {
  const $ = builtPage('/sco-2025/');

  it('say “as of” the day they were true, under the note’s text', () => {
    expect(Object.keys(NOTES_AS_OF).toSorted()).toEqual(
      [...noteData.values()]
        .filter((note) => note.asOf !== undefined)
        .map((note) => note.id)
        .toSorted(),
    );
    for (const [id, shown] of Object.entries(NOTES_AS_OF)) {
      const line = $(`#note-${id} > p.fact-note-as-of`);
      expect(line.text(), id).toBe(`As of ${shown}`);
      expect(line.find('time').attr('datetime'), id).toBe(noteData.get(id)?.asOf);
      expect(line.prev().is('p.fact-note-text'), id).toBe(true);
    }
    expect($('.fact-note-as-of')).toHaveLength(Object.keys(NOTES_AS_OF).length);
  });
});

describe('links added by the timeline and the notes', () => {
  const $ = builtPage('/sco-2025/');

  it('all resolve to an element on the page, to an entry of the corrections log, to a page of the site or to a web address', () => {
    const links = $('section.timeline a, .fact-notes a, a.time-ref, sup.note-ref a');
    const log = builtPage('/corrections/');
    expect(links.length).toBeGreaterThan(100);
    links.each((_, link) => {
      // Links into the timeline name the story's page ("/sco-2025/#event-…") so that share pages can use them too.
      const href = ($(link).attr('href') ?? '').replace(/^\/sco-2025\/#/, '#');
      if (href.startsWith('#')) expect($(`[id="${href.slice(1)}"]`), href).toHaveLength(1);
      else if (href.startsWith('/corrections/#')) expect(log(`[id="${href.slice('/corrections/#'.length)}"]`), href).toHaveLength(1);
      // The site's timeline, with every story's events, and each event's sources and details on the story's timeline page.
      else if (href.startsWith('/')) {
        const [path, anchor] = href.split('#') as [string, string | undefined];
        const page = builtPage(path);
        expect(page('h1').length, href).toBe(1);
        if (anchor !== undefined) expect(page(`[id="${anchor}"]`), href).toHaveLength(1);
      } else expect(href).toMatch(/^https?:\/\/[^/\s]+\.[^/\s]+/);
    });
  });
});

describe('“Since this report” on the explainer page', () => {
  const $ = builtPage('/sco-2025/');
  const box = $('.explainer-header > section.since-report[aria-labelledby="since-this-report"]');

  it('stands after the header, before the contents and the article, one line per follow-up in date order: its date, and its title linking to it on the timeline page', () => {
    expect(box).toHaveLength(1);
    // The page's script stands between them, which the reader does not see (tests/pages/index.test.ts).
    expect(box.prevAll(':not(script)').first().is('header.article-header')).toBe(true);
    expect(readableText($, '#since-this-report')).toBe('Since this report');
    const items = box.find('ol > li');
    expect(items.map((_, item) => $(item).attr('id')).get()).toEqual(FOLLOW_UPS.map((event) => `event-${event.id}`));
    FOLLOW_UPS.forEach((expected, index) => {
      const item = items.eq(index);
      const event = byId(eventData, expected.id);
      expect(item.find('.since-date').text().replace(/\s+/g, ' ').trim(), expected.id).toBe(expected.date);
      expect(item.find('time').first().attr('datetime'), expected.id).toBe(event.date ?? event.start);
      expect(item.attr('data-added'), expected.id).toBe(event.added);
      const link = item.children('a');
      expect(link.text(), expected.id).toBe(event.title);
      expect(link.attr('href'), expected.id).toBe(`/timeline/sco-2025/#sco-2025--event-${expected.id}`);
    });
  });
});

/** An overtaken line under an item: what it says and where it leads. */
const overtakenLine = (item: ReturnType<CheerioAPI>) => {
  const line = item.children('a.overtaken');
  return { text: line.text(), href: line.attr('href') };
};

describe('events, notes and entries that a follow-up overtakes', () => {
  it('say so on the explainer page, where they stand, linking to the follow-up in “Since this report”', () => {
    const $ = builtPage('/sco-2025/');
    expect(overtakenLine($('#event-us-china-truce-extended').parent())).toEqual({
      text: 'Overtaken: new truce in Busan, 30 October 2025',
      href: '#event-busan-truce',
    });
    // A note stands on the share page of its section too, which has no "Since this report": its link goes to the story's page.
    expect(overtakenLine($('#note-fifty-percent-tariff'))).toEqual({
      text: 'Penalty revoked from 7 February 2026',
      href: '/sco-2025/#event-india-penalty-revoked',
    });
    expect(overtakenLine(builtPage('/sco-2025/s/ukraine-war/')('#note-fifty-percent-tariff'))).toEqual({
      text: 'Penalty revoked from 7 February 2026',
      href: '/sco-2025/#event-india-penalty-revoked',
    });
    expect(overtakenLine($('#term-tariff-on-india').parent())).toEqual({
      text: 'Penalty revoked from 7 February 2026',
      href: '#event-india-penalty-revoked',
    });
    expect(overtakenLine($('#term-reciprocal-tariffs').parent())).toEqual({
      text: 'Struck down by the US Supreme Court, 20 February 2026',
      href: '#event-supreme-court-ieepa',
    });
    expect($('a.overtaken')).toHaveLength(4);
    $('a.overtaken').each((_, link) => {
      const hash = new URL($(link).attr('href')!, 'https://example.org/sco-2025/').hash;
      expect($(`.since-report li${hash}`), $(link).attr('href')).toHaveLength(1);
    });
  });

  it('say so on the timeline pages, linking to the follow-up there', () => {
    for (const path of ['/timeline/sco-2025/', '/timeline/']) {
      const $ = builtPage(path);
      expect(overtakenLine($('#sco-2025--event-us-china-truce-extended').parent()), path).toEqual({
        text: 'Overtaken: new truce in Busan, 30 October 2025',
        href: '#sco-2025--event-busan-truce',
      });
      expect($('section.follow-ups #sco-2025--event-busan-truce'), path).toHaveLength(1);
    }
  });

  it('say so on their glossary pages, linking to the follow-up on its story’s timeline page', () => {
    expect(overtakenLine(builtPage('/glossary/tariff-on-india/')('article.entry-page'))).toEqual({
      text: 'Penalty revoked from 7 February 2026',
      href: '/timeline/sco-2025/#sco-2025--event-india-penalty-revoked',
    });
    expect(overtakenLine(builtPage('/glossary/reciprocal-tariffs/')('article.entry-page'))).toEqual({
      text: 'Struck down by the US Supreme Court, 20 February 2026',
      href: '/timeline/sco-2025/#sco-2025--event-supreme-court-ieepa',
    });
    expect(builtPage('/glossary/xi-jinping/')('a.overtaken')).toHaveLength(0);
  });
});
