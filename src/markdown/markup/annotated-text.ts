import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { segmentByNotes, type NumberedNote } from '../../lib/notes/fact-notes';
import type { GlossaryLinker } from '../../lib/glossary/links';
import { linkedText } from './glossary';
import { noteRef } from './notes';

/**
 * Words of the article that live outside Markdown (the credit line), with the
 * same additions a section gets from the Markdown plugins: each note's words
 * wrapped and numbered, and the glossary's names linked. Not a character of
 * the text changes.
 */
export function annotatedText(text: string, notes: readonly NumberedNote[], linker: GlossaryLinker | undefined): ElementContent[] {
  return segmentByNotes(text, notes).flatMap((segment): ElementContent[] => {
    const words = linkedText(segment.text, linker);
    return segment.note ? [h('span', { className: ['noted'] }, words), noteRef(segment.note)] : words;
  });
}
