import type { Correction } from '../../schemas/correction';
import { ContentError } from '../base/content-error';
import { CORRECTIONS_PATH } from '../routes';

/** The anchor of a correction on /corrections/. */
export const correctionAnchor = (correctionId: string) => `correction-${correctionId}`;
/** The address of a correction's entry in the log. */
export const correctionHref = (correctionId: string) => `${CORRECTIONS_PATH}#${correctionAnchor(correctionId)}`;

/** The ids a correction may name, by kind, with the file that holds each kind. */
export type CorrectionTargets = Record<Correction['target']['kind'], { file: string; ids: readonly string[] }>;

/**
 * Checks what the schema cannot see: every correction names a note, event or
 * glossary entry that exists. Throws one error naming the file, each entry
 * and the field.
 */
export function checkCorrections(corrections: readonly Correction[], targets: CorrectionTargets, file: string): void {
  const problems = corrections.flatMap(({ id, target }) => {
    const known = targets[target.kind];
    return known.ids.includes(target.id)
      ? []
      : [`entry "${id}" → target.id: "${target.id}" is not the id of a ${target.kind} in ${known.file}.`];
  });
  if (problems.length > 0)
    throw new ContentError(file, problems.join('\n  '), 'Copy the id of the corrected note, event or entry from its file.');
}

/** The log as readers see it: newest first; on the same day, in the file's order. */
export function newestFirst<T extends Pick<Correction, 'date'>>(corrections: readonly T[]): T[] {
  return corrections
    .map((correction, index) => ({ correction, index }))
    .sort((a, b) => (a.correction.date < b.correction.date ? 1 : a.correction.date > b.correction.date ? -1 : a.index - b.index))
    .map(({ correction }) => correction);
}

/** What a corrected note, event or entry shows: its latest correction's date, linking to it in the log. */
export interface CorrectedMark {
  /** YYYY-MM-DD. */
  date: string;
  href: string;
}

/** The mark for the note, event or glossary entry `id`, or undefined when it was never corrected. */
export function correctedMark(
  corrections: readonly Correction[],
  kind: Correction['target']['kind'],
  id: string,
): CorrectedMark | undefined {
  const latest = newestFirst(corrections).find((correction) => correction.target.kind === kind && correction.target.id === id);
  return latest ? { date: latest.date, href: correctionHref(latest.id) } : undefined;
}
