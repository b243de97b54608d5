import rehypeStringify from 'rehype-stringify';
import { remark } from 'remark';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { NumberedNote } from '../../src/lib/notes/fact-notes';
import remarkFactNotes from '../../src/markdown/remark-fact-notes';
import { renderLikeAstro } from './render';
import { parse, quotedText, sectionFile } from './section-file';

const source = { title: 'Xinhua', url: 'https://example.org/xinhua' };
const beijing: NumberedNote = {
  id: 'beijing-summit',
  sectionId: 'opening',
  phrase: 'Beijing summit',
  text: 'The summit was held in Tianjin.',
  sources: [source],
  number: 2,
};
const bands: NumberedNote = { ...beijing, id: 'bands', phrase: 'military bands', text: 'Not reported from Tianjin.', number: 3 };

async function alone(markdown: string, notes: NumberedNote[], sectionId = 'opening') {
  const file = new VFile({
    value: markdown,
    path: 'content/stories/sco-2025/sections/01-opening.md',
    data: { astro: { frontmatter: { id: sectionId } } },
  });
  return String(
    await remark()
      .use(remarkFactNotes, { stories: { 'sco-2025': { notes, notesFile: 'content/stories/sco-2025/notes.yaml' } } })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(file),
  );
}

describe('remark-fact-notes on its own', () => {
  it('puts the note’s number after its words, linking to the note, marked as added', async () => {
    const $ = parse(await alone('The Beijing summit featured bands.', [beijing]));
    expect($('p').first().html()).toBe(
      'The <span class="noted">Beijing summit</span><sup class="note-ref" data-added="" data-pagefind-ignore="">' +
        '<a href="#note-beijing-summit" id="note-beijing-summit-ref" data-note-ref="beijing-summit"><span class="visually-hidden">Note </span>2</a></sup> featured bands.',
    );
  });

  it('lists the section’s notes at its end, numbered as in the text, each linking back to its words', async () => {
    const $ = parse(await alone('The Beijing summit featured military bands.', [bands, beijing]));
    const list = $('div.fact-notes[data-added] ol.fact-notes-list');
    expect(list.attr('start')).toBe('2');
    expect(list.attr('aria-labelledby')).toBe('opening--notes');
    expect($('#opening--notes').text()).toBe('Notes');
    expect(
      list
        .children('li')
        .map((_, li) => [[$(li).attr('id'), $(li).attr('value')]])
        .get(),
    ).toEqual([
      ['note-beijing-summit', '2'],
      ['note-bands', '3'],
    ]);
    const back = $('#note-beijing-summit a.fact-note-back');
    expect(back.attr('href')).toBe('#note-beijing-summit-ref');
    expect(back.attr('aria-label')).toBe('Back to “Beijing summit” in the text');
    expect($('#note-beijing-summit .fact-note-text').text()).toBe('“Beijing summit” The summit was held in Tianjin.');
    expect($('#note-beijing-summit .fact-note-sources').text()).toBe('Source: Xinhua');
    expect($('#note-beijing-summit .fact-note-sources a').attr('href')).toBe('https://example.org/xinhua');
  });

  it('leaves the quoted words exactly as they were', async () => {
    const markdown = 'The Beijing summit featured meticulously planned military bands.';
    expect(quotedText(await alone(markdown, [beijing, bands]))).toBe(markdown);
  });

  it('adds nothing to a section without notes', async () => {
    expect(await alone('The Beijing summit.', [beijing], 'close-rapport')).toBe('<p>The Beijing summit.</p>');
  });

  it('fails when the words are not in the section, naming the data file, the entry, the field and the section file', async () => {
    await expect(alone('The Tianjin summit.', [beijing])).rejects.toThrow(
      'content/stories/sco-2025/notes.yaml: entry "beijing-summit" → phrase: "Beijing summit" does not stand in section "opening" (content/stories/sco-2025/sections/01-opening.md) as plain text.',
    );
  });
});

describe('remark-fact-notes in Astro’s pipeline', () => {
  it('attaches the real notes to a real section, numbered in reading order', async () => {
    const { body, frontmatter } = sectionFile('01-opening.md');
    const { code } = await renderLikeAstro(body, frontmatter);
    const $ = parse(code);
    expect(
      $('sup.note-ref a')
        .map((_, a) => [[$(a).attr('href'), $(a).text()]])
        .get(),
    ).toEqual([
      ['#note-receiving-putin', 'Note 1'],
      ['#note-beijing-summit', 'Note 2'],
    ]);
    expect(
      $('.fact-notes li')
        .map((_, li) => $(li).attr('id'))
        .get(),
    ).toEqual(['note-receiving-putin', 'note-beijing-summit']);
  });

  it('runs before the timeline links, so a time inside a noted phrase is still linked', async () => {
    const { body, frontmatter } = sectionFile('06-ukraine-war.md');
    const { code } = await renderLikeAstro(body, frontmatter);
    const $ = parse(code);
    const noted = $('#note-earlier-this-summer-ref').closest('sup').prev('.noted');
    expect(noted.find('a.time-ref').attr('href')).toBe('/sco-2025/#event-trump-oil-tariff-threats');
    expect(quotedText(code)).toContain('Trump earlier this summer threatened to take aim at that partnership');
  });

  it('fails the render when an edit has removed the words', async () => {
    await expect(renderLikeAstro('The Tianjin summit featured bands.', { id: 'opening' })).rejects.toThrow(
      'content/stories/sco-2025/notes.yaml: entry "receiving-putin" → phrase: "receiving Putin with significant formality" does not stand in section "opening"',
    );
  });
});
