import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { distDir, projectRoot } from '../../fixtures/paths';
import { loadPagefind } from '../../fixtures/pagefind';
import { searchSite, type PagefindApi } from '../../src/lib/search/engine';
import type { SearchName } from '../../src/lib/search/names';
import { distFiles, urlPathOf } from '../support/dist-files';
import { builtPage } from '../support/site';

/*
 * Every way into the story page lands on something: the page became compact (issue 25), and a link that once led
 * to a full timeline event or who's who entry must still find its anchor there. The ids come from content/, read
 * apart from the code under test, and from every built page that links in.
 */

const STORY = '/sco-2025/';
const readYaml = <T>(file: string) => parse(readFileSync(join(projectRoot, file), 'utf8')) as T;
const events = readYaml<{ id: string; phrase?: string }[]>('content/stories/sco-2025/timeline.yaml');
const entries = readYaml<{ id: string; term: string }[]>('content/glossary.yaml');
const publishedIds = readYaml<{ ids: string[] }>('content/stories/sco-2025/published-ids.yaml').ids;

const story = builtPage(STORY);
const ids = new Set(
  story('[id]')
    .map((_, element) => story(element).attr('id'))
    .get(),
);
/** The anchors that a set of links into the story page name, with none left out for not being there. */
const missing = (anchors: Iterable<string>) => [...anchors].filter((anchor) => !ids.has(anchor));

describe('every link into the story page', () => {
  it('lands for every event, every date chip and every event’s way back to its words', () => {
    expect(events.length).toBeGreaterThan(20);
    expect(missing(events.map((event) => `event-${event.id}`))).toEqual([]);
    const withWords = events.filter((event) => event.phrase !== undefined);
    expect(missing(withWords.map((event) => `event-${event.id}-mention`))).toEqual([]);
    const chips = story('a.time-ref')
      .map((_, a) => story(a).attr('href'))
      .get();
    expect(chips.toSorted()).toEqual(withWords.map((event) => `${STORY}#event-${event.id}`).toSorted());
  });

  it('lands for every entry of the who’s who, and every term link holds its definition and leads to its page', () => {
    expect(missing(entries.map((entry) => `term-${entry.id}`))).toEqual([]);
    const terms = story('a.glossary-term');
    expect(terms.length).toBeGreaterThan(60);
    terms.each((_, link) => {
      const id = story(link).attr('data-glossary-id')!;
      expect(story(link).attr('aria-describedby'), id).toBe(`term-${id}-definition`);
      expect(story(link).attr('href'), id).toBe(`/glossary/${id}/`);
      expect(builtPage(`/glossary/${id}/`)('h1').text().trim(), id).toBe(entries.find((entry) => entry.id === id)?.term);
    });
    expect(missing(entries.map((entry) => `term-${entry.id}-definition`))).toEqual([]);
  });

  it('lands for every link of the page to itself: contents, notes, chips, permalinks and the ways back', () => {
    const hrefs = story('a[href^="#"], a[href^="/sco-2025/#"]')
      .map((_, a) =>
        story(a)
          .attr('href')!
          .replace(/^\/sco-2025\/#/, '#'),
      )
      .get();
    // At least each date chip and its way back, and each section's entry in the contents and its permalink.
    const withWords = events.filter((event) => event.phrase !== undefined).length;
    expect(hrefs.length).toBeGreaterThanOrEqual(2 * withWords + 2 * publishedIds.length);
    expect(missing(new Set(hrefs.map((href) => decodeURIComponent(href.slice(1)))))).toEqual([]);
  });

  it('lands from every other page of the site: the glossary pages, the timelines, share and search pages', () => {
    const from = new Map<string, string>();
    for (const file of distFiles('.html')) {
      const path = urlPathOf(file);
      if (path === STORY) continue;
      const $ = builtPage(path);
      $('a[href^="/sco-2025/#"]').each((_, a) => {
        from.set(decodeURIComponent($(a).attr('href')!.slice('/sco-2025/#'.length)), path);
      });
    }
    expect(from.size).toBeGreaterThan(40);
    // The glossary pages lead to the entry, the story's timeline page to its place in the story.
    expect([...from.keys()]).toEqual(expect.arrayContaining(['term-narendra-modi', 'timeline', 'event-welcome-banquet']));
    expect(missing(from.keys()).map((anchor) => `#${anchor} from ${from.get(anchor)}`)).toEqual([]);
  });

  it('lands for every section id ever published, where quote links and shared sections point', () => {
    expect(missing(publishedIds)).toEqual([]);
    for (const id of publishedIds) {
      expect(builtPage(`${STORY}s/${id}/`)(`a[href="${STORY}#${id}"]`).length, id).toBeGreaterThan(0);
    }
  });

  it('lands from the old addresses of the time the site held one story', () => {
    for (const id of publishedIds) {
      const redirect = builtPage(`/s/${id}/`);
      expect(redirect('meta[http-equiv="refresh"]').attr('content'), id).toBe(`0; url=${STORY}s/${id}/`);
    }
    // The old front page forwards its hash (/#term-…) to the story page, as tests/browser/old-links.test.ts drives it;
    // the parts it forwards to are the sections, events and entries checked above.
  });

  describe('from search', () => {
    let pagefind: PagefindApi;
    let names: SearchName[];
    beforeAll(async () => {
      pagefind = await loadPagefind();
      names = JSON.parse(readFileSync(join(distDir, 'search/names.json'), 'utf8')) as SearchName[];
    });

    it('lands for every result of every name and event title, and every place the search card lists', async () => {
      const queries = [...entries.map((entry) => entry.term), 'Sunday evening', 'tariff', 'parade', 'banquet', 'Alaska'];
      const anchors = new Set<string>();
      for (const query of queries) {
        const outcome = await searchSite(pagefind, query, names);
        for (const hit of outcome.groups.flatMap((group) => group.hits)) {
          if (hit.url.startsWith(STORY) && hit.anchor !== null) anchors.add(hit.anchor);
        }
      }
      expect([...anchors].filter((anchor) => anchor.startsWith('event-')).length).toBeGreaterThan(5);
      expect([...anchors].filter((anchor) => anchor.startsWith('term-')).length).toBeGreaterThan(20);
      expect(missing(anchors)).toEqual([]);
      const places = JSON.parse(readFileSync(join(distDir, 'search/places/sco-2025.json'), 'utf8')) as Record<
        string,
        { url: string; anchor: string }[]
      >;
      const placed = Object.values(places).flatMap((list) => list.map((place) => place.anchor));
      expect(placed.length).toBeGreaterThan(50);
      expect(missing(new Set(placed))).toEqual([]);
    });
  });
});
