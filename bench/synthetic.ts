// Deterministic synthetic words and names, shared by the linker and scaling benchmarks, so every run measures the
// same text.

/** A small seeded PRNG (mulberry32): numbers in [0, 1). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ner', 'sto', 'va', 'ri', 'den', 'por', 'qui', 'sha', 'tem', 'xu', 'bel', 'gor'];

/** A made-up word of one to three syllables, like "kaner" or, capitalised, "Kaner". */
export function syntheticWord(next: () => number, capital: boolean): string {
  let text = '';
  const length = 1 + Math.floor(next() * 3);
  for (let i = 0; i < length; i++) text += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  return capital ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** One of `items`, chosen by `next`. */
export function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

// Ordinary words only: no day, month or "last week" (the timeline's phrases) and no glossary alias, so the only
// mentions are the ones placed on purpose.
export const FILLER = (
  'the a of and to in with for by at from as that its their this these talks trade energy officials delegates ' +
  'leaders agreed regional partnership statement delegation economic security ministers cooperation forum border ' +
  'investment pipeline currency payments exports visit agenda bilateral framework infrastructure railway ports grain ' +
  'technology banks markets observers analysts said expected signed planned announced discussed welcomed reviewed ' +
  'joint new wider closer long-term practical steady growing shared balanced measured careful formal informal'
).split(' ');
/** Names of the real glossary that the filler mentions, as the article does. */
export const REAL_NAMES = ['Putin', 'Xi', 'Modi', 'SCO', 'Russia', 'China', 'India', 'Trump', 'Beijing', 'Moscow'];

/** One sentence of filler that names each of `mentions`, apart from each other. */
export function sentence(next: () => number, mentions: readonly string[]): string {
  const words = Array.from({ length: 8 + Math.floor(next() * 9) }, () => pick(next, FILLER));
  // Mentions never stand next to each other, so no two names run together into a longer one.
  mentions.forEach((mention, index) => words.splice(1 + index * 3 + Math.floor(next() * 2), 0, mention));
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
