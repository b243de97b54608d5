/*
 * How search orders the passages it found. Each passage gets a list of
 * figures, compared in turn; the first that differs decides:
 * 1. how many of the query's words and phrases it holds (all beat some);
 * 2. the longest run of the query's words it holds side by side, in the
 *    reader's order, stop words included (an exact phrase beats scattered words);
 * 3. how many of them it holds as the reader wrote them, not only as a
 *    related word ("trip" for "visit", query.ts);
 * 4. how many of them its heading holds;
 * 5. how rare the words it holds are across all passages (inverse document
 *    frequency, as BM25 weighs it): a rare word counts for more than a common one;
 * 6. how close together its matches are (words close together beat words far apart);
 * 7. a BM25 score: how often the words occur, for the passage's length, a
 *    match in its heading counting double;
 * 8. page order, which only breaks ties.
 * Written here rather than left to Pagefind because Pagefind scores whole
 * pages and this article is one page: its passages need their own order.
 */

/** BM25's usual constants: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;
/** A match in the passage's heading counts as this many matches in its text. */
const HEADING_WEIGHT = 2;

/** What ranking needs to know about one passage that matched. */
export interface Evidence {
  /** Token positions of each unit's matches in the passage (empty when the unit is not in it). */
  hits: readonly (readonly number[])[];
  /** How many units it holds as the reader wrote them, not only as a related word. */
  written: number;
  /** Token positions that belong to the passage's heading, [from, to). */
  heading: readonly [number, number];
  /** The passage's length in tokens. */
  length: number;
  /** The longest run of the query's words side by side in the passage. */
  run: number;
  /** The passage's place in the page order. */
  order: number;
}

export type RankKey = readonly number[];

/** Inverse document frequency of each unit, over `total` passages of which `found[u]` hold unit u. */
export function inverseFrequencies(found: readonly number[], total: number): number[] {
  return found.map((count) => Math.log(1 + (total - count + 0.5) / (count + 0.5)));
}

/** The smallest number of tokens that holds one match of each unit the passage holds. */
function span(hits: readonly (readonly number[])[]): number {
  const present = hits.filter((list) => list.length > 0);
  if (present.length < 2) return 0;
  const [rarest, ...others] = [...present].sort((a, b) => a.length - b.length);
  let best = Infinity;
  for (const at of rarest!) {
    let low = at;
    let high = at;
    for (const list of others) {
      const nearest = list.reduce((closest, position) => (Math.abs(position - at) < Math.abs(closest - at) ? position : closest));
      low = Math.min(low, nearest);
      high = Math.max(high, nearest);
    }
    best = Math.min(best, high - low);
  }
  return best;
}

/** Close together, near, far: finer differences in distance are noise next to the BM25 score. */
const spanBucket = (tokens: number) => (tokens <= 3 ? 0 : tokens <= 12 ? 1 : tokens <= 40 ? 2 : 3);

/** Where a key holds figures 1 (words held) and 2 (longest run), which others compare on their own. */
export const MATCHED_AT = 0;
export const RUN_AT = 1;

/** The figures a passage is ranked by, in order; a higher key ranks first (see compareKeys). */
export function rankKey(evidence: Evidence, idf: readonly number[], averageLength: number): RankKey {
  const { hits, written, heading, length, run, order } = evidence;
  let matched = 0;
  let rarity = 0;
  let bm25 = 0;
  let inHeading = 0;
  const isHeading = (at: number) => at >= heading[0] && at < heading[1];
  hits.forEach((positions, unit) => {
    if (positions.length === 0) return;
    matched += 1;
    if (positions.some(isHeading)) inHeading += 1;
    const weight = idf[unit] ?? 0;
    rarity += weight;
    const frequency = positions.reduce((sum, at) => sum + (isHeading(at) ? HEADING_WEIGHT : 1), 0);
    bm25 += (weight * frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * length) / Math.max(1, averageLength)));
  });
  // Rarity is rounded so that two passages holding the same words tie on it and go on to the next figures.
  return [matched, run >= 2 ? run : 0, written, inHeading, Math.round(rarity * 1000), -spanBucket(span(hits)), bm25, -order];
}

/** Sorts keys best first. */
export function compareKeys(a: RankKey, b: RankKey): number {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (b[index] ?? 0) - (a[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
