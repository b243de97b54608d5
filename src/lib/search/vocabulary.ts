/*
 * The words search treats specially: stop words and British/American spellings.
 * Imports nothing, so that the relevance benchmark (bench/relevance.ts) can load it with Node's own type stripping.
 */

/**
 * Words that never make a passage match on their own, nor light up, unless
 * the whole query is made of them; inside a quoted phrase they count. A short
 * list of English function words is written out here rather than taken from a
 * stop-word package: those lists also hold words readers do search this
 * article for ("first", "against", "between", "before").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by for from had has have he her his i if in into is it its no nor not of on or our ' +
    'she so than that the their them then there these they this those to was we were which who will with you'
  ).split(' '),
);

/**
 * British and American spellings that find each other, as pairs of the part
 * that differs: a word that starts with one side also matches the other with
 * the same ending ("organisations" ↔ "organizations"). A listed set, not rules:
 * English has too many exceptions ("size" is never "sise").
 */
export const SPELLING_VARIANTS: readonly (readonly [british: string, american: string])[] = [
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['licence', 'license'],
  ['organis', 'organiz'],
  ['recognis', 'recogniz'],
  ['realis', 'realiz'],
  ['emphasis', 'emphasiz'],
  ['criticis', 'criticiz'],
  ['normalis', 'normaliz'],
  ['stabilis', 'stabiliz'],
  ['mobilis', 'mobiliz'],
  ['moderni', 'moderniz'],
  ['apologis', 'apologiz'],
  ['analys', 'analyz'],
  ['centre', 'center'],
  ['theatre', 'theater'],
  ['metre', 'meter'],
  ['favour', 'favor'],
  ['honour', 'honor'],
  ['labour', 'labor'],
  ['neighbour', 'neighbor'],
  ['behaviour', 'behavior'],
  ['colour', 'color'],
  ['programme', 'program'],
  ['catalogue', 'catalog'],
  ['dialogue', 'dialog'],
  ['travell', 'travel'],
  ['cancell', 'cancel'],
];

/** The other spellings of a lower-case word, itself first. */
export function spellingsOf(word: string): string[] {
  const spellings = [word];
  for (const [british, american] of SPELLING_VARIANTS) {
    for (const [from, to] of [
      [british, american],
      [american, british],
    ] as const) {
      // "program" must not turn "programme" into "programmeme"; a longer side that already matches wins.
      if (word.startsWith(from) && !(to.startsWith(from) && word.startsWith(to))) spellings.push(to + word.slice(from.length));
    }
  }
  return [...new Set(spellings)];
}
