import { foldApostrophes } from '../text/words';

/*
 * When an entry's role and its definition say the same thing. An entry's page
 * shows the role as a small line above the definition; a role that only
 * repeats the definition ("Prime Minister of India", then "Prime Minister of
 * India.") tells the reader nothing new, so the build rejects it
 * (checkGlossary) and the pages show the role only when it adds something.
 */

/** Case, apostrophes, spacing, a leading article and closing punctuation do not change what a line says. */
function normalised(text: string): string {
  return foldApostrophes(text.normalize('NFKC'))
    .toLocaleLowerCase('en')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^(?:the|a|an) /u, '')
    .replace(/[\s.,;:!?…]+$/u, '');
}

/**
 * Whether the role repeats the definition: the two are the same once
 * normalised, or one of them is the other's opening clause (a role of
 * "Leader of North Korea; a guest at the parade" over a definition of "The
 * leader of North Korea."), which the reader would read twice.
 */
export function roleRepeatsDefinition(role: string, definition: string): boolean {
  const a = normalised(role);
  const b = normalised(definition);
  if (a === '' || b === '') return false;
  const opens = (whole: string, part: string) => whole.startsWith(part) && /^[\s,;:.(—–-]/u.test(whole.slice(part.length));
  return a === b || opens(a, b) || opens(b, a);
}

/** The role line to show under an entry's name, or undefined when there is none or it would only repeat the definition. */
export function shownRole(entry: { role?: string | undefined; definition: string }): string | undefined {
  return entry.role !== undefined && !roleRepeatsDefinition(entry.role, entry.definition) ? entry.role : undefined;
}
