import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { seedLines } from '../support/seed';
import { builtPage } from '../support/site';

interface Entry {
  id: string;
  term: string;
  kind: string;
  definition: string;
  aliases?: string[];
  context?: boolean;
  asOf?: string;
  sources: { title: string; url: string }[];
}

const entries = parse(readFileSync(new URL('../../content/glossary.yaml', import.meta.url), 'utf8')) as Entry[];
const formsOf = (entry: Entry) => [entry.term, ...(entry.aliases ?? [])];
/** The card's label for each kind of content/glossary.yaml, written out. */
const KIND_LABELS: Record<string, string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  event: 'Event',
  concept: 'Idea',
};
/** The who's who's heading for each kind, written out. */
const KIND_GROUPS: Record<string, string> = {
  person: 'People',
  organisation: 'Organisations',
  place: 'Places',
  event: 'Events',
  concept: 'Ideas',
};
const explainer = builtPage('/sco-2025/');

/**
 * The names a reader meets in each part of the article, listed by hand from
 * the text: the first mention of each in a section must be a link.
 */
const NAMES_BY_SECTION: Record<string, string[]> = {
  opening: [
    'xi-jinping',
    'vladimir-putin',
    'china',
    'western-sanctions',
    'russia',
    'multipolar-world-order',
    'sco-summit-2025',
    'united-states',
  ],
  'tactical-alliance': [
    'china',
    'russia',
    'western-sanctions',
    'sovereignty-non-intervention',
    'united-states',
    'xi-jinping',
    'vladimir-putin',
  ],
  'close-rapport': ['china', 'russia', 'xi-jinping', 'peng-liyuan', 'welcome-banquet', 'ria-novosti', 'vladimir-putin'],
  'since-alaska': [
    'sco',
    'vladimir-putin',
    'donald-trump',
    'alaska-summit',
    'ukraine',
    'moscow',
    'invasion-of-ukraine',
    'russia',
    'crimea',
    'china',
    'india',
    'xi-jinping',
  ],
  'not-alone': [
    'vladimir-putin',
    'russia',
    'china',
    'western-sanctions',
    'li-mingjiang',
    'singapore',
    'rsis',
    'beijing',
    'dual-use-goods',
    'moscow',
    'united-states',
  ],
  'ukraine-war': [
    'dual-use-goods',
    'russia',
    'beijing',
    'donald-trump',
    'china',
    'united-states',
    'secondary-tariffs',
    'india',
    'tariff-on-india',
    'narendra-modi',
    'xi-jinping',
  ],
  'shoulder-to-shoulder': ['narendra-modi', 'sco', 'vladimir-putin', 'xi-jinping', 'india', 'russia', 'ukraine', 'india-mea'],
  'diplomatic-push': ['xi-jinping', 'beijing-parade', 'beijing', 'vladimir-putin', 'north-korea', 'kim-jong-un'],
};

/**
 * An independent count of mentions: one regular expression with every form,
 * longest first, matched whole-word over the seed's lines. The linker itself
 * must never work like this (one pass per term); a test may.
 */
function mentionsInSeed(): Map<string, number> {
  const owner = new Map(entries.flatMap((entry) => formsOf(entry).map((form) => [form, entry.id] as const)));
  const forms = [...owner.keys()].sort((a, b) => b.length - a.length);
  const escape = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const counts = new Map<string, number>();
  for (const line of seedLines()) {
    for (const [form] of line.matchAll(pattern)) counts.set(owner.get(form)!, (counts.get(owner.get(form)!) ?? 0) + 1);
  }
  return counts;
}

describe('glossary links in the built explainer', () => {
  it('links the first mention of every name in every section to its entry, in reading order', () => {
    for (const [section, ids] of Object.entries(NAMES_BY_SECTION)) {
      const linked = explainer(`section[data-section="${section}"] .prose a.glossary-term`)
        .map((_, link) => explainer(link).attr('data-glossary-id'))
        .get();
      expect(linked, section).toEqual(ids);
    }
  });

  it('links the names in the credit line too', () => {
    const linked = explainer('#article-credit a.glossary-term')
      .map((_, link) => explainer(link).text())
      .get();
    expect(linked).toEqual(['CNN', 'Darya Tarasova']);
  });

  it('links only whole forms of the entry, never part of a word', () => {
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    explainer('a.glossary-term').each((_, link) => {
      const id = explainer(link).attr('data-glossary-id')!;
      expect(formsOf(byId.get(id)!)).toContain(explainer(link).text());
      const before = link.prev?.type === 'text' ? link.prev.data : '';
      const after = link.next;
      const following = after?.type === 'text' ? after.data : '';
      expect(before, `before ${id}`).not.toMatch(/[\p{L}\p{N}]$/u);
      expect(following, `after ${id}`).not.toMatch(/^[\p{L}\p{N}]|^[’']\p{L}{2}/u);
    });
    expect(
      explainer('a.glossary-term').filter((_, link) => /Xenix|Russian|Chinese|Indian leader/.test(explainer(link).text())).length,
    ).toBe(0);
  });

  it('puts no glossary link inside a heading or inside another link', () => {
    expect(explainer('h1 a.glossary-term, h2 a.glossary-term, h3 a.glossary-term, a a.glossary-term').length).toBe(0);
    expect(explainer('.source-headline a.glossary-term').length).toBe(0);
  });

  it('describes every link by its entry’s definition in the who’s who, and carries no copy of it', () => {
    const ids = explainer('[id]')
      .map((_, element) => explainer(element).attr('id'))
      .get();
    expect(new Set(ids).size).toBe(ids.length);
    expect(explainer('.glossary-definition, .prose [hidden]').length).toBe(0);
    explainer('a.glossary-term').each((_, link) => {
      const definition = explainer(`#${explainer(link).attr('aria-describedby')}`);
      const entry = entries.find((candidate) => candidate.id === explainer(link).attr('data-glossary-id'))!;
      expect(definition.is(`#term-${entry.id} + p.definition`)).toBe(true);
      expect(definition.text().trim()).toBe(entry.definition);
      expect(explainer(link).attr('href')).toBe(`/glossary/${entry.id}/`);
      // The card's name and kind, once per entry, as the entry's kind is written out in content/glossary.yaml.
      expect(definition.attr('data-term')).toBe(entry.term);
      expect(definition.attr('data-kind')).toBe(KIND_LABELS[entry.kind]);
      expect(explainer(link).attr('data-glossary-term')).toBeUndefined();
    });
  });

  it('holds, on a share page, the definition of every name the section links', () => {
    for (const id of ['opening', 'close-rapport', 'diplomatic-push']) {
      const page = builtPage(`/sco-2025/s/${id}/`);
      const links = page('a.glossary-term');
      expect(links.length, id).toBeGreaterThan(2);
      links.each((_, link) => {
        const entry = entries.find((candidate) => candidate.id === page(link).attr('data-glossary-id'))!;
        const definition = page(`#${page(link).attr('aria-describedby')}`);
        expect(definition.text(), `${id}: ${entry.id}`).toBe(entry.definition);
        expect([definition.attr('data-term'), definition.attr('data-kind')], `${id}: ${entry.id}`).toEqual([
          entry.term,
          KIND_LABELS[entry.kind],
        ]);
      });
    }
  });

  it('ships the definition card, closed, once', () => {
    expect(explainer('#glossary-card[popover]').length).toBe(1);
    expect(explainer('script[type="module"]').length).toBeGreaterThan(0);
  });
});

describe('the glossary on the explainer page', () => {
  const glossary = explainer('aside.glossary');
  /** An entry of the who's who: its heading, its definition and, where it was corrected, the mark (no item holds them). */
  const entryParts = (id: string) => explainer(`h4#term-${id}`).nextUntil('h4').addBack();

  it('groups the entries by kind under headings, people first', () => {
    expect(
      glossary
        .find('h3')
        .map((_, heading) => explainer(heading).text().trim())
        .get(),
    ).toEqual(['People', 'Organisations', 'Places', 'Events', 'Ideas']);
  });

  it('gives every entry a heading with its own anchor, linking to its page', () => {
    expect(glossary.find('h4').length).toBe(entries.length);
    for (const entry of entries) {
      const heading = explainer(`h4#term-${entry.id}`);
      expect(heading.text().trim(), entry.id).toBe(entry.term);
      expect(heading.find('a').attr('href')).toBe(`/glossary/${entry.id}/`);
    }
  });

  it('says who a person is once: no role line repeats the definition', () => {
    // What each says, written out; before, the role above it said the same again.
    const said = { 'narendra-modi': 'prime minister of india', 'vladimir-putin': 'president of', 'kim-jong-un': 'leader of north korea' };
    const times = (text: string, words: string) => text.toLowerCase().split(words).length - 1;
    for (const [id, words] of Object.entries(said)) {
      const item = entryParts(id);
      expect(times(item.filter('.role, .definition').add(item.find('.role, .definition')).text(), words), `who’s who: ${id}`).toBe(1);
      const page = builtPage(`/glossary/${id}/`);
      expect(times(page('header .role, .definition').text(), words), `page: ${id}`).toBe(1);
    }
  });

  it('keeps to the name, the kind and the definition: counts, roles and notes stay on the entry’s page', () => {
    expect(glossary.find('.count, .role, .note, .sources').length).toBe(0);
    for (const entry of entries) {
      const item = entryParts(entry.id);
      // The name and the definition, and a correction's date where the entry was corrected (it corrects what the reader
      // reads), and the follow-up that overtook it where one did (tests/pages/timeline.test.ts reads those).
      expect(item.not('p.corrected, a.overtaken').length, entry.id).toBe(2);
      expect(item.filter('h4 + p.definition').text(), entry.id).toBe(entry.definition);
      expect(item.closest('.entries').prevAll('h3').first().text().trim(), entry.id).toBe(KIND_GROUPS[entry.kind]);
    }
  });

  it('sits inside the indexed article, after the quoted text', () => {
    expect(explainer('article.explainer[data-pagefind-body] aside.glossary').length).toBe(1);
    expect(explainer('#article-credit ~ aside.glossary').length).toBe(1);
  });
});

describe('the glossary pages', () => {
  const seedCounts = mentionsInSeed();

  it('has a page for every entry with its term, kind, definition and sources', () => {
    for (const entry of entries) {
      const $ = builtPage(`/glossary/${entry.id}/`);
      expect($('h1').text().trim()).toBe(entry.term);
      expect($('.definition').text().length).toBeGreaterThan(10);
      const sources = $('.sources a')
        .map((_, link) => $(link).attr('href'))
        .get();
      expect(sources).toEqual(entry.sources.map((source) => source.url));
    }
  });

  it('lists every mention of every entry, with the term highlighted', () => {
    for (const entry of entries) {
      const $ = builtPage(`/glossary/${entry.id}/`);
      const marks = $('.mentions mark')
        .map((_, mark) => $(mark).text())
        .get();
      expect(marks.length, entry.id).toBe(seedCounts.get(entry.id) ?? 0);
      for (const mark of marks) expect(formsOf(entry)).toContain(mark);
    }
  });

  it('quotes each mention as a sentence of the article, linking to where it stands', () => {
    const ids = new Set(
      explainer('[id]')
        .map((_, element) => explainer(element).attr('id'))
        .get(),
    );
    const article = seedLines().join(' ');
    for (const entry of entries) {
      const $ = builtPage(`/glossary/${entry.id}/`);
      $('.mentions blockquote').each((_, quote) => {
        const sentence = $(quote).text().trim();
        expect(article, entry.id).toContain(sentence);
        const href = $(quote).closest('li').find('.where a').attr('href')!;
        expect(href).toMatch(/^\/sco-2025\/#/);
        expect(ids.has(href.slice('/sco-2025/#'.length)), href).toBe(true);
      });
    }
  });

  it('lists every section that links an entry among that entry’s mentions', () => {
    for (const entry of entries) {
      const linkedIn = explainer(`section[data-section]:has(a.glossary-term[data-glossary-id="${entry.id}"])`)
        .map((_, section) => `/sco-2025/#${explainer(section).attr('data-section')}`)
        .get();
      const $ = builtPage(`/glossary/${entry.id}/`);
      const listed = new Set(
        $('.mentions .where a')
          .map((_, link) => $(link).attr('href'))
          .get(),
      );
      for (const href of linkedIn) expect(listed.has(href), `${entry.id} in ${href}`).toBe(true);
    }
  });

  it('shows Putin’s mentions in reading order, the quote about the Alaska talks among them', () => {
    const $ = builtPage('/glossary/vladimir-putin/');
    const sentences = $('.mentions blockquote')
      .map((_, quote) => $(quote).text().trim())
      .get();
    expect(sentences[0]).toMatch(/^Xi, receiving Putin with significant formality/);
    expect(sentences).toContain('China’s Xi rolls out the red carpet for Putin and Modi as Trump upends global relations');
    expect(sentences.some((sentence) => sentence.includes('“During the bilateral meetings scheduled for today and tomorrow'))).toBe(true);
  });

  it('says that a context entry is not named in the article', () => {
    const $ = builtPage('/glossary/tianjin/');
    expect($('.count').text()).toContain('Not named in the article; included for context');
    expect($('.mentions').length).toBe(0);
  });

  it('has an index of every entry, from A to Z', () => {
    const $ = builtPage('/glossary/');
    const terms = $('.entries .term a')
      .map((_, link) => $(link).text())
      .get();
    expect(terms).toHaveLength(entries.length);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
    expect($('.entries a[href="/glossary/xi-jinping/"]').text()).toBe('Xi Jinping');
  });
});

/** The entries of content/glossary.yaml that say when their state of affairs held, and the date as a reader reads it. */
const AS_OF: Record<string, string> = {
  'chen-miner': '31 August 2025',
  'li-mingjiang': '1 September 2025',
  sco: '1 September 2025',
  'tariff-on-india': '1 September 2025',
  'reciprocal-tariffs': '1 September 2025',
};

describe('the glossary entry pages of claims that can go out of date', () => {
  it('say “as of” the day the entry was true, under the definition', () => {
    expect(Object.keys(AS_OF).toSorted()).toEqual(
      entries
        .filter((entry) => entry.asOf !== undefined)
        .map((entry) => entry.id)
        .toSorted(),
    );
    for (const [id, shown] of Object.entries(AS_OF)) {
      const page = builtPage(`/glossary/${id}/`);
      const line = page('p.as-of');
      expect(line, id).toHaveLength(1);
      expect(line.text().replace(/\s+/g, ' ').trim(), id).toMatch(new RegExp(`^As of ${shown}: `));
      expect(line.find('time').attr('datetime'), id).toBe(entries.find((entry) => entry.id === id)?.asOf);
      expect(line.prevAll('p.definition'), id).toHaveLength(1);
    }
  });

  it('say nothing of the kind on an entry without a date', () => {
    expect(builtPage('/glossary/xi-jinping/')('.as-of')).toHaveLength(0);
  });
});
