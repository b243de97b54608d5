import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { MarkdownStoryData } from '../astro/config-data';
import { quote } from '../lib/text/phrase';
import { fileName, fromHast, replacePhrase, sectionOf, wrap } from './annotations';
import { noteList, noteRef } from './markup/notes';

export interface FactNotesOptions {
  /** Each story's notes, numbered in reading order, by story slug; each section takes its own. */
  stories: Readonly<Record<string, Pick<MarkdownStoryData, 'notes' | 'notesFile'>>>;
}

/**
 * Attaches the explainer's notes to the words they are about, like footnotes:
 * a numbered link after the words, and a list of the section's notes at its
 * end, each linking back. The article's words are wrapped, never changed; the
 * number and the list are marked `data-added`. A phrase that cannot be found
 * fails the build, naming the note and the section file.
 */
export default function remarkFactNotes({ stories }: FactNotesOptions) {
  return (tree: Root, file: VFile) => {
    const section = sectionOf(file);
    const story = section && stories[section.storySlug];
    if (!section || !story) return;
    const { sectionId } = section;
    const here = story.notes.filter((note) => note.sectionId === sectionId).sort((a, b) => a.number - b.number);
    if (here.length === 0) return;
    for (const note of here) {
      const found = replacePhrase(tree, note.phrase, (words) => [wrap('span', { className: ['noted'] }, [words]), fromHast(noteRef(note))]);
      if (!found) {
        file.fail(
          `${story.notesFile}: entry "${note.id}" → phrase: ${quote(note.phrase)} does not stand in section "${sectionId}" (${fileName(file)}) as plain text. ` +
            'Copy the words verbatim from the article; they cannot run across formatting, a link or another note’s words.',
        );
      }
    }
    tree.children.push(fromHast(noteList(here, sectionId)));
  };
}
