import { load } from 'cheerio';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { createLinker } from '../../src/lib/glossary/links';
import type { NumberedNote } from '../../src/lib/notes/fact-notes';
import { annotatedText } from '../../src/markdown/markup/annotated-text';
import { linkedText, termLink } from '../../src/markdown/markup/glossary';
import { noteList, noteRef, sourceList } from '../../src/markdown/markup/notes';
import { permalink } from '../../src/markdown/markup/permalink';
import type { GlossaryEntry } from '../../src/schemas/glossary';
import { MODI_ENTRY } from '../support/glossary-entries';

const source = { title: 'CNN: A report', url: 'https://example.org/report' };
const modi: GlossaryEntry = { ...MODI_ENTRY, sources: [source] };
const note: NumberedNote = {
  id: 'credit-x',
  sectionId: 'credit',
  phrase: 'Xenixnews',
  text: 'A brand name.',
  sources: [source],
  number: 9,
};

describe('the markup built once for the Markdown plugins and the components', () => {
  it('links a name to its entry, described by the entry’s definition in the who’s who', () => {
    expect(toHtml(termLink(modi, 'Modi'))).toBe(
      '<a href="/glossary/narendra-modi/" class="glossary-term" data-glossary-id="narendra-modi" ' +
        'aria-describedby="term-narendra-modi-definition">Modi</a>',
    );
  });

  it('links only the first mention in a text, and escapes the text it is given', () => {
    const html = toHtml(linkedText('Modi <b>met</b> Modi', createLinker([modi])));
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('&#x3C;b>met&#x3C;/b> Modi');
  });

  it('numbers a note after its words, spelled out for screen readers', () => {
    expect(toHtml(noteRef(note))).toBe(
      '<sup class="note-ref" data-added="" data-pagefind-ignore=""><a href="#note-credit-x" id="note-credit-x-ref" data-note-ref="credit-x">' +
        '<span class="visually-hidden">Note </span>9</a></sup>',
    );
  });

  it('lists notes from their first number, each linking back to its words, with its sources', () => {
    const html = toHtml(noteList([note], 'credit'));
    expect(html).toContain('<ol class="fact-notes-list" start="9" aria-labelledby="credit--notes">');
    expect(html).toContain('<li id="note-credit-x" value="9" class="fact-note">');
    expect(html).toContain(
      '<a href="#note-credit-x-ref" class="fact-note-back" aria-label="Back to “Xenixnews” in the text">“Xenixnews”</a> A brand name.',
    );
    expect(html).toContain(
      '<p class="source-list fact-note-sources" data-pagefind-ignore="">Source: <a href="https://example.org/report">CNN: A report</a></p>',
    );
  });

  it('says "Sources" for more than one, separated by semicolons', () => {
    expect(toHtml(sourceList([source, { title: 'B', url: 'https://b.example/' }]))).toBe(
      '<p class="source-list" data-pagefind-ignore="">Sources: <a href="https://example.org/report">CNN: A report</a>; <a href="https://b.example/">B</a></p>',
    );
  });

  it('annotates text outside Markdown without changing a character of it', () => {
    const parts = annotatedText('CNN’s Xenixnews Modi contributed.', [note], createLinker([modi]));
    const html = toHtml(parts);
    expect(html).toContain('<span class="noted">Xenixnews</span><sup class="note-ref"');
    expect(html).toContain('>Modi</a>');
    const $ = load(`<p>${html}</p>`);
    $('[data-added]').remove();
    expect($('p').text()).toBe('CNN’s Xenixnews Modi contributed.');
  });

  it('draws a heading permalink as an empty, labelled link', () => {
    expect(toHtml(permalink('glossary-person', 'People', 'in the glossary'))).toBe(
      '<a class="heading-permalink" href="#glossary-person" aria-label="Link to “People” in the glossary" data-pagefind-ignore=""></a>',
    );
  });
});
