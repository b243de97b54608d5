import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import type { NumberedNote } from '../../src/lib/notes/fact-notes';
import { correctedMarkup } from '../../src/markdown/markup/corrections';
import { noteList } from '../../src/markdown/markup/notes';

const mark = { date: '2026-12-01', href: '/corrections/#correction-sco-partners' };

describe('the "Corrected on" mark', () => {
  it('links to the log entry and shows the date as the site shows dates', () => {
    expect(toHtml(correctedMarkup(mark))).toBe(
      '<p class="corrected" data-pagefind-ignore=""><a href="/corrections/#correction-sco-partners">Corrected on <time datetime="2026-12-01">1 December 2026</time></a></p>',
    );
  });

  it('is nothing for a text never corrected', () => {
    expect(correctedMarkup(undefined)).toEqual([]);
  });

  it('stands after a corrected note’s sources, and under no other note', () => {
    const note = (id: string, corrected?: typeof mark): NumberedNote => ({
      id,
      sectionId: 'opening',
      phrase: 'Beijing summit',
      text: 'The summit was held in Tianjin, near Beijing.',
      sources: [{ title: 'A report', url: 'https://example.org/report' }],
      number: 1,
      ...(corrected ? { corrected } : {}),
    });
    const html = toHtml(noteList([note('corrected', mark), note('plain')], 'opening'));
    expect(html).toContain('<li id="note-corrected" value="1" class="fact-note">');
    expect(html.match(/class="corrected"/g)).toHaveLength(1);
    expect(html.indexOf('class="corrected"')).toBeGreaterThan(html.indexOf('source-list'));
    expect(html.indexOf('class="corrected"')).toBeLessThan(html.indexOf('id="note-plain"'));
  });
});
