import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Source } from '../../schemas/common';
import { noteAnchor, noteRefAnchor, notesLabelAnchor, type NumberedNote } from '../../lib/notes/fact-notes';
import { correctedMarkup } from './corrections';
import { overtakenMarkup } from './overtaken';
import { formatIsoDate, parseIsoDate } from '../../lib/base/dates';

/** "Source: …" or "Sources: …; …" with a link to each, under a note or a timeline event. */
export function sourceList(sources: readonly Source[], className?: string): Element {
  return h('p', { className: ['source-list', ...(className ? [className] : [])], dataPagefindIgnore: '' }, [
    sources.length > 1 ? 'Sources: ' : 'Source: ',
    ...sources.flatMap((source, index): ElementContent[] => [
      ...(index > 0 ? [{ type: 'text' as const, value: '; ' }] : []),
      h('a', { href: source.url }, source.title),
    ]),
  ]);
}

/** The note's number after its words, linking to the note: "Note 3" to a screen reader, a superscript 3 on screen. */
export function noteRef(note: NumberedNote): Element {
  return h('sup', { className: ['note-ref'], dataAdded: '', dataPagefindIgnore: '' }, [
    h('a', { href: `#${noteAnchor(note.id)}`, id: noteRefAnchor(note.id), dataNoteRef: note.id }, [
      h('span', { className: ['visually-hidden'] }, 'Note '),
      String(note.number),
    ]),
  ]);
}

/**
 * "As of 1 September 2025" under a note that describes a state of affairs (a tariff in force), as on a glossary
 * entry's page: the note was true that day, and may have changed since.
 */
function asOfMarkup(asOf: string | undefined): Element[] {
  if (asOf === undefined) return [];
  const date = parseIsoDate(asOf);
  // The schema has checked the date; a malformed one here is a programming error, not an editor's.
  if (typeof date === 'string') throw new Error(date);
  return [
    h('p', { className: ['fact-note-as-of'], dataPagefindIgnore: '' }, ['As of ', h('time', { dateTime: date.iso }, formatIsoDate(date))]),
  ];
}

/**
 * One note in the list: the quoted words, linking back to them, then the note, the day it was true of, its sources
 * and, if a follow-up overtook it or it was corrected, that.
 */
function noteItem(note: NumberedNote): Element {
  return h('li', { id: noteAnchor(note.id), value: String(note.number), className: ['fact-note'] }, [
    h('p', { className: ['fact-note-text'] }, [
      h(
        'a',
        { href: `#${noteRefAnchor(note.id)}`, className: ['fact-note-back'], ariaLabel: `Back to “${note.phrase}” in the text` },
        `“${note.phrase}”`,
      ),
      ' ',
      note.text,
    ]),
    ...asOfMarkup(note.asOf),
    sourceList(note.sources, 'fact-note-sources'),
    ...overtakenMarkup(note.overtaken),
    ...correctedMarkup(note.corrected),
  ]);
}

/** The notes of one place (a section, or "credit" for the credit line), listed after its text, numbered as in the text. */
export function noteList(notes: readonly NumberedNote[], owner: string): Element {
  const labelId = notesLabelAnchor(owner);
  return h('div', { className: ['fact-notes'], dataAdded: '' }, [
    h('p', { id: labelId, className: ['fact-notes-label', 'label'], dataPagefindIgnore: '' }, 'Notes'),
    h('ol', { className: ['fact-notes-list'], start: notes[0]?.number ?? 1, ariaLabelledBy: [labelId] }, notes.map(noteItem)),
  ]);
}
