/*
 * The words search treats specially: stop words, British/American spellings, irregular verbs and synonyms.
 * Imports nothing, so that the relevance benchmark (bench/relevance.ts) can load it with Node's own type stripping.
 */

/**
 * Words that never make a passage match on their own, nor light up, unless
 * the whole query is made of them; inside a quoted phrase they count. A short
 * list of English function words is written out here rather than taken from a
 * stop-word package: those lists also hold words readers do search this
 * article for ("first", "against", "between", "before"). The words that make
 * a question ("when", "did", "how") are among them: the answer need not hold
 * them (issue 24's judging rule), and a passage that happens to say "when"
 * answers "when did Russia take Crimea?" no better. "May" stays out: it is a month.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by for from had has have he her his i if in into is it its no nor not of on or our ' +
    'she so than that the their them then there these they this those to was we were which who will with you ' +
    'what when where why how whom whose do does did can could would should'
  ).split(' '),
);

/**
 * Common irregular verbs, each as its forms that inflection rules cannot reach ("say", "said"): a reader asks
 * "what did Modi say?" of an article that writes "Modi said". Forms that are also a common word of their own are
 * left out ("found", "left", "rose", "bound", "fed", "fell").
 */
export const IRREGULAR_VERBS: readonly (readonly string[])[] = [
  ['arise', 'arose', 'arisen'],
  ['begin', 'began', 'begun'],
  ['break', 'broke', 'broken'],
  ['bring', 'brought'],
  ['build', 'built'],
  ['buy', 'bought'],
  ['catch', 'caught'],
  ['choose', 'chose', 'chosen'],
  ['come', 'came'],
  ['deal', 'dealt'],
  ['draw', 'drew', 'drawn'],
  ['drive', 'drove', 'driven'],
  ['feel', 'felt'],
  ['fight', 'fought'],
  ['flee', 'fled'],
  ['fly', 'flew', 'flown'],
  ['forget', 'forgot', 'forgotten'],
  ['freeze', 'froze', 'frozen'],
  ['get', 'got', 'gotten'],
  ['give', 'gave', 'given'],
  ['go', 'went', 'gone'],
  ['grow', 'grew', 'grown'],
  ['hear', 'heard'],
  ['hide', 'hid', 'hidden'],
  ['hold', 'held'],
  ['keep', 'kept'],
  ['know', 'knew', 'known'],
  ['lead', 'led'],
  ['lend', 'lent'],
  ['lose', 'lost'],
  ['make', 'made'],
  ['mean', 'meant'],
  ['meet', 'met'],
  ['pay', 'paid'],
  ['ride', 'rode', 'ridden'],
  ['run', 'ran'],
  ['say', 'said'],
  ['see', 'saw', 'seen'],
  ['seek', 'sought'],
  ['sell', 'sold'],
  ['send', 'sent'],
  ['shake', 'shook', 'shaken'],
  ['sit', 'sat'],
  ['speak', 'spoke', 'spoken'],
  ['spend', 'spent'],
  ['stand', 'stood'],
  ['steal', 'stole', 'stolen'],
  ['strike', 'struck'],
  ['swear', 'swore', 'sworn'],
  ['take', 'took', 'taken'],
  ['teach', 'taught'],
  ['tear', 'tore', 'torn'],
  ['tell', 'told'],
  ['think', 'thought'],
  ['throw', 'threw', 'thrown'],
  ['wear', 'wore', 'worn'],
  ['win', 'won'],
  ['withdraw', 'withdrew', 'withdrawn'],
  ['write', 'wrote', 'written'],
];

/**
 * Words that readers put for the article's own, found by the tuning set (bench/relevance-queries.yaml) alone: a
 * reader recalls Modi's "first visit to China in seven years" of an article that writes "first trip". A pair joins
 * only when a tuning query shows a reader writing one for the other, never from the held-out set.
 */
export const SYNONYMS: readonly (readonly string[])[] = [['trip', 'visit']];

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
