import { CREDIT_LINE, type FactNote } from '../../schemas/fact-note';
import type { CorrectedMark } from '../corrections/corrections';
import type { OvertakenMark } from '../timeline/follow-ups';
import { ContentError } from '../base/content-error';
import { countPhrase, findPhrase, quote, type SectionText } from '../text/phrase';

/** The anchor of a note in its notes list. */
export const noteAnchor = (noteId: string) => `note-${noteId}`;
/** The anchor of a note's number in the article, where the note links back to. */
export const noteRefAnchor = (noteId: string) => `note-${noteId}-ref`;
/** The id of the label of a section's notes list. */
export const notesLabelAnchor = (sectionId: string) => `${sectionId}--notes`;

/** A note with its number on the page. */
export interface NumberedNote extends FactNote {
  number: number;
  /** When the note was last corrected, from content/corrections.yaml. */
  corrected?: CorrectedMark;
  /** When a follow-up has overtaken the note: the editor's line, linking to the follow-up on the story's page. */
  overtaken?: OvertakenMark;
}

/**
 * Numbers the notes 1, 2, 3… in reading order: by section, then by where the
 * phrase stands in it. `texts` are the sections in reading order, with the
 * credit line last. A note whose section or phrase cannot be found goes last;
 * the checks report it.
 */
export function numberNotes(notes: readonly FactNote[], texts: readonly SectionText[]): NumberedNote[] {
  const place = (note: FactNote): [number, number] => {
    const index = texts.findIndex((text) => text.id === note.sectionId);
    const text = texts[index];
    const found = text ? findPhrase(text.text, note.phrase) : undefined;
    return [index === -1 ? Number.POSITIVE_INFINITY : index, found ? found.index : Number.POSITIVE_INFINITY];
  };
  return notes
    .map((note) => ({ note, place: place(note) }))
    .sort((a, b) => a.place[0] - b.place[0] || a.place[1] - b.place[1] || (a.note.id < b.note.id ? -1 : 1))
    .map(({ note }, index) => ({ ...note, number: index + 1 }));
}

/**
 * Checks what the schema cannot see, because it spans files: each note's
 * section exists (or is the credit line), its phrase stands there exactly
 * once, and no id is used twice. `texts` are the sections and the credit line.
 * Throws one error naming the file, and each entry and field at fault.
 */
export function checkNotes(notes: readonly FactNote[], texts: readonly SectionText[], file: string): void {
  const problems: string[] = [];
  const at = (note: FactNote, field: string, message: string) => problems.push(`entry "${note.id}" → ${field}: ${message}`);
  const ids = new Set<string>();
  const spans: { note: FactNote; sectionId: string; from: number; to: number }[] = [];
  for (const note of notes) {
    if (ids.has(note.id)) at(note, 'id', `"${note.id}" is used by another entry too. Ids must be unique.`);
    ids.add(note.id);
    const text = texts.find((candidate) => candidate.id === note.sectionId);
    if (!text) {
      const known = texts.map((candidate) => candidate.id).filter((id) => id !== CREDIT_LINE);
      at(
        note,
        'sectionId',
        `"${note.sectionId}" is not a section id. Known ids: ${known.join(', ')}, or "${CREDIT_LINE}" for the credit line.`,
      );
      continue;
    }
    const count = countPhrase(text.text, note.phrase);
    if (count === 0)
      at(
        note,
        'phrase',
        `${quote(note.phrase)} does not stand in section "${text.id}" (${text.file}). Copy the words verbatim from the article.`,
      );
    if (count > 1)
      at(
        note,
        'phrase',
        `${quote(note.phrase)} stands ${count} times in ${text.id} (${text.file}); lengthen it so that it points at one place.`,
      );
    const found = findPhrase(text.text, note.phrase);
    if (!found) continue;
    const span = { note, sectionId: text.id, from: found.index, to: found.index + found.match.length };
    const other = spans.find((earlier) => earlier.sectionId === span.sectionId && earlier.from < span.to && span.from < earlier.to);
    if (other) at(note, 'phrase', `${quote(note.phrase)} overlaps the phrase of entry "${other.note.id}"; two notes cannot share words.`);
    spans.push(span);
  }
  if (problems.length > 0) throw new ContentError(file, `\n  ${problems.join('\n  ')}`);
}

/** A run of text, and the note attached to it when it is a note's phrase. */
export interface NotedSegment<N> {
  text: string;
  note?: N;
}

/**
 * Cuts a text that lives outside the Markdown (the credit line) into plain
 * runs and the phrases its notes are about, in order, so that a component can
 * attach each note's number without changing a character of the text.
 */
export function segmentByNotes<N extends Pick<FactNote, 'phrase'>>(text: string, notes: readonly N[]): NotedSegment<N>[] {
  const placed = notes
    .flatMap((note) => {
      const found = findPhrase(text, note.phrase);
      return found ? [{ note, ...found }] : [];
    })
    .sort((a, b) => a.index - b.index);
  const segments: NotedSegment<N>[] = [];
  let cursor = 0;
  for (const { note, index, match } of placed) {
    if (index < cursor) continue;
    if (index > cursor) segments.push({ text: text.slice(cursor, index) });
    segments.push({ text: match, note });
    cursor = index + match.length;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
