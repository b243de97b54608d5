import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { SECTION_IDS } from '../support/sections';
import { builtFile, builtPage, readableText } from '../support/site';

describe('the explainer page', () => {
  const $ = builtPage('/sco-2025/');

  it('carries its styles in one block in its head, so that no stylesheet request blocks its first paint, and marks no element with data-astro-cid-*', () => {
    expect($('link[rel="stylesheet"]').length).toBe(0);
    expect($('style').length).toBe(1);
    expect($('head > style').length).toBe(1);
    const attributes = $('*')
      .get()
      .flatMap((element) => ('attribs' in element ? Object.keys(element.attribs) : []));
    expect(attributes.length).toBeGreaterThan(1000);
    expect(attributes.filter((name) => name.startsWith('data-astro-cid'))).toEqual([]);
  });

  it("loads its one script right after the article header: Chromium's parser yields at a script, so the header paints before the rest is parsed", () => {
    const scripts = $('script[src]');
    expect(scripts.length).toBe(1);
    expect(scripts.attr('type')).toBe('module');
    expect(scripts.attr('src')).toMatch(/^\/_astro\/PageScripts\./);
    expect(scripts.prev().is('.explainer-header > header.article-header')).toBe(true);
    // Every other page carries the same script in its head.
    const glossary = builtPage('/glossary/');
    expect(glossary('head > script[src]').attr('src')).toBe(scripts.attr('src'));
    expect(glossary('body script[src]').length).toBe(0);
  });

  it('fits its head, its styles and the first paragraph of its first section in the first 14 kB of gzip HTML, the first round trip', () => {
    // A fresh connection's first round trip carries 10 TCP segments (RFC 6928): 14,336 bytes of a 1,434-byte MSS.
    const html = readFileSync(builtFile('/sco-2025/'), 'utf8');
    const located = load(html, { sourceCodeLocationInfo: true });
    const paragraph = located(`section[data-section="${SECTION_IDS[0]}"] .prose > p`).first();
    expect(paragraph.text()).toMatch(/^Xi, receiving Putin with significant formality[\s\S]*basis for a new multipolar world order\.$/);
    const end = paragraph.get(0)?.sourceCodeLocation?.endOffset ?? html.length;
    // Zlib's default level 6, as servers compress on the fly; a file compressed ahead at level 9 is smaller.
    expect(gzipSync(html.slice(0, end), { level: 6 }).length).toBeLessThanOrEqual(14_336);
  });

  it('gives every element a unique id', () => {
    const ids = $('[id]')
      .map((_, element) => $(element).attr('id'))
      .get();
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated).toEqual([]);
  });

  it('renders every section in order, each labelled by a heading that carries its stable id', () => {
    const sections = $('article.explainer section[data-section]');
    expect(sections.map((_, s) => $(s).attr('aria-labelledby')).get()).toEqual(SECTION_IDS);
    sections.each((_, section) => {
      const id = $(section).attr('aria-labelledby');
      expect($(section).children('h2').attr('id')).toBe(id);
    });
  });

  it('gives every heading with an id a visible permalink to itself, or, for a compact event or entry, a link to its own page', () => {
    const headings = $('h2[id], h3[id], h4[id]').filter((_, h) => $(h).closest('article.explainer').length > 0);
    expect(headings.length).toBeGreaterThanOrEqual(SECTION_IDS.length);
    let compact = 0;
    headings.each((_, heading) => {
      const id = $(heading).attr('id')!;
      if (id === 'toc-title') return;
      // An event and an entry are shared from their own pages, which hold all there is to say about them.
      if (id.startsWith('event-')) {
        compact++;
        expect($(heading).find('a').attr('href'), `page of #${id}`).toBe(`/timeline/sco-2025/#sco-2025--${id}`);
      } else if (id.startsWith('term-')) {
        compact++;
        expect($(heading).find('a').attr('href'), `page of #${id}`).toBe(`/glossary/${id.slice('term-'.length)}/`);
      } else {
        expect($(heading).find('a.heading-permalink').attr('href'), `permalink of #${id}`).toBe(`#${id}`);
      }
    });
    expect(compact).toBeGreaterThan(70);
  });

  it('has one h1, a header, contents, and a credit, in that order', () => {
    expect($('h1')).toHaveLength(1);
    const article = $('article.explainer');
    // The article's sections, not "Since this report", which stands in the header's column before the contents.
    const order = ['header.article-header', 'nav.toc', 'section[data-section]', 'div.article-credit'].map((selector) =>
      article.find('*').index(article.find(selector).first()),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('links the contents to every section, in order', () => {
    expect(
      $('nav.toc ol a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(SECTION_IDS.map((id) => `#${id}`));
  });

  it('lists what the explainer adds after the sections, the timeline and the who’s who, each pointing at a heading on the page', () => {
    const extras = $('nav.toc .extras a');
    expect(extras.map((_, a) => $(a).attr('href')).get()).toEqual(['#timeline', '#glossary']);
    extras.each((_, a) => {
      expect($(`h2${$(a).attr('href')}`)).toHaveLength(1);
    });
  });

  it('shows the source, its inferred date and the reading time in the header', () => {
    const header = readableText($, 'header.article-header');
    expect(header).toContain('China’s Xi rolls out the red carpet for Putin and Modi as Trump upends global relations, CNN');
    expect($('header.article-header time[datetime="2025-09-01"]').text()).toBe('Monday 1 September 2025');
    expect(header).toContain('(inferred)');
    expect(header).toMatch(/Reading time\s*\d+ min/);
  });

  it('shows the video as a captioned media note with its running time, not as body text', () => {
    const figure = $('#shoulder-to-shoulder').parent().find('figure.video-note');
    expect(figure.find('.caption').text()).toBe('Xi, Putin and Modi share a laugh at security summit');
    expect(figure.find('time').attr('datetime')).toBe('PT0M39S');
    expect(figure.find('time').text()).toBe('0:39');
    expect($('.prose p').filter((_, p) => $(p).text().includes('share a laugh'))).toHaveLength(0);
  });

  it('shows the source headline where the source text has it, just before its section', () => {
    const aside = $('aside.source-headline');
    expect(aside.find('.headline').text()).toBe('China’s Xi rolls out the red carpet for Putin and Modi as Trump upends global relations');
    expect(aside.next('section').attr('aria-labelledby')).toBe('ukraine-war');
  });

  it('ends the article with the source’s credit line', () => {
    // Hidden definitions beside linked names are the explainer's own (data-added), not the credit's words.
    const credit = $('div.article-credit .credit').clone();
    credit.find('[data-added]').remove();
    expect(credit.text()).toBe('CNN’s Xenixnews Darya Tarasova contributed reporting.');
  });

  it('marks headings the explainer added, so readers can tell them from the source’s', () => {
    expect(readableText($, 'section[aria-labelledby="opening"] .kicker')).toContain('heading added by the explainer');
    expect(readableText($, 'section[aria-labelledby="close-rapport"] .kicker')).not.toContain('added');
  });

  it('says in plain words which source labels are ours, and never “title not verified; descriptive label”', () => {
    const labels = $('.source-list a')
      .map((_, link) => $(link).text())
      .get();
    expect(labels.some((label) => label.endsWith('(described in our words)'))).toBe(true);
    expect(labels.filter((label) => /not verified|descriptive label/.test(label))).toEqual([]);
  });
});
