import type { ElementContent } from 'hast';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { NOTES_FILE, noteAnchor, noteRefAnchor, notesLabelAnchor, type NumberedNote } from '../lib/notes/fact-notes';
import { quote } from '../lib/text/phrase';
import { fileName, insert, replacePhrase, sectionIdOf, wrap } from './annotations';

export interface FactNotesOptions {
  /** Every note, numbered in reading order; each section takes its own. */
  notes: readonly NumberedNote[];
}

const text = (value: string): ElementContent => ({ type: 'text', value });

/** The note's number after its words, linking to the note: "Note 3" to a screen reader, a superscript 3 on screen. */
function noteRef(note: NumberedNote) {
  return insert('sup', { className: ['note-ref'], dataAdded: '', dataPagefindIgnore: '' }, [
    {
      type: 'element',
      tagName: 'a',
      properties: { href: `#${noteAnchor(note.id)}`, id: noteRefAnchor(note.id), dataNoteRef: note.id },
      children: [
        { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [text('Note ')] },
        text(String(note.number)),
      ],
    },
  ]);
}

/** One note in the list: the quoted words, linking back to them, then the note and its sources. */
function noteItem(note: NumberedNote): ElementContent {
  const sources = note.sources.flatMap((source, index): ElementContent[] => [
    ...(index > 0 ? [text('; ')] : []),
    { type: 'element', tagName: 'a', properties: { href: source.url }, children: [text(source.title)] },
  ]);
  return {
    type: 'element',
    tagName: 'li',
    properties: { id: noteAnchor(note.id), value: String(note.number), className: ['fact-note'] },
    children: [
      {
        type: 'element',
        tagName: 'p',
        properties: { className: ['fact-note-text'] },
        children: [
          {
            type: 'element',
            tagName: 'a',
            properties: {
              href: `#${noteRefAnchor(note.id)}`,
              className: ['fact-note-back'],
              ariaLabel: `Back to “${note.phrase}” in the text`,
            },
            children: [text(`“${note.phrase}”`)],
          },
          text(' '),
          text(note.text),
        ],
      },
      {
        type: 'element',
        tagName: 'p',
        properties: { className: ['source-list', 'fact-note-sources'], dataPagefindIgnore: '' },
        children: [text(note.sources.length > 1 ? 'Sources: ' : 'Source: '), ...sources],
      },
    ],
  };
}

/** The section's notes, listed after its last paragraph, numbered as in the text. */
function noteList(notes: readonly NumberedNote[], sectionId: string) {
  const labelId = notesLabelAnchor(sectionId);
  return insert('div', { className: ['fact-notes'], dataAdded: '' }, [
    { type: 'element', tagName: 'p', properties: { id: labelId, className: ['fact-notes-label'] }, children: [text('Notes')] },
    {
      type: 'element',
      tagName: 'ol',
      properties: { className: ['fact-notes-list'], start: notes[0]?.number ?? 1, ariaLabelledBy: [labelId] },
      children: notes.map(noteItem),
    },
  ]);
}

/**
 * Attaches the explainer's notes to the words they are about, like footnotes:
 * a numbered link after the words, and a list of the section's notes at its
 * end, each linking back. The article's words are wrapped, never changed; the
 * number and the list are marked `data-added`. A phrase that cannot be found
 * fails the build, naming the note and the section file.
 */
export default function remarkFactNotes({ notes }: FactNotesOptions) {
  return (tree: Root, file: VFile) => {
    const sectionId = sectionIdOf(file);
    if (!sectionId) return;
    const here = notes.filter((note) => note.sectionId === sectionId).sort((a, b) => a.number - b.number);
    if (here.length === 0) return;
    for (const note of here) {
      const found = replacePhrase(tree, note.phrase, (words) => [wrap('span', { className: ['noted'] }, [words]), noteRef(note)]);
      if (!found) {
        file.fail(
          `${NOTES_FILE}: entry "${note.id}" → phrase: ${quote(note.phrase)} does not stand in section "${sectionId}" (${fileName(file)}) as plain text. ` +
            'Copy the words verbatim from the article; they cannot run across formatting, a link or another note’s words.',
        );
      }
    }
    tree.children.push(noteList(here, sectionId));
  };
}
