import type { Correction } from '../../schemas/correction';
import type { GlossaryEntry } from '../../schemas/glossary';
import type { TimelineEvent } from '../../schemas/timeline';
import { noteAnchor, type NumberedNote } from '../notes/fact-notes';
import { glossaryPath, storyAnchorPath } from '../routes';
import { eventAnchor } from '../timeline/timeline';
import { correctionAnchor, newestFirst } from './corrections';

/** One correction as /corrections/ shows it. */
export interface CorrectionView extends Correction {
  /** Its anchor on the page. */
  anchor: string;
  /** What it corrected, by name, and where that stands now. */
  corrected: { label: string; href: string };
}

/** What the log names the corrected text by. */
export interface CorrectedTexts {
  notes: readonly Pick<NumberedNote, 'id' | 'number' | 'phrase'>[];
  events: readonly Pick<TimelineEvent, 'id' | 'title'>[];
  entries: readonly Pick<GlossaryEntry, 'id' | 'term'>[];
}

/** One story's log, newest first, each entry naming and linking what it corrected in the story `slug`. The ids have been checked to exist. */
export function correctionLog(corrections: readonly Correction[], texts: CorrectedTexts, slug: string): CorrectionView[] {
  // checkCorrections has made sure that every target exists; a missing one here is a programming error.
  const find = <T extends { id: string }>(list: readonly T[], id: string): T => {
    const found = list.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`A correction names "${id}", which the checks should have rejected.`);
    return found;
  };
  const corrected = ({ kind, id }: Correction['target']) => {
    if (kind === 'note') {
      const note = find(texts.notes, id);
      return { label: `Note ${note.number}, on “${note.phrase}”`, href: storyAnchorPath(slug, noteAnchor(id)) };
    }
    if (kind === 'event') return { label: `Timeline: ${find(texts.events, id).title}`, href: storyAnchorPath(slug, eventAnchor(id)) };
    return { label: `Glossary: ${find(texts.entries, id).term}`, href: glossaryPath(id) };
  };
  return newestFirst(corrections).map((correction) => ({
    ...correction,
    anchor: correctionAnchor(correction.id),
    corrected: corrected(correction.target),
  }));
}
