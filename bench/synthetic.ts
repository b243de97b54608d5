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
