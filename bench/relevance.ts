/**
 * Relevance benchmark: the judged queries of bench/relevance-queries.yaml, run through this site's search (in
 * Chromium, on the built site) and through stock Pagefind (its JS API, default ranking, over a stock index of the
 * same built pages, made here), scored side by side:
 * - success@1: the first result is an answering passage (for the query without an answer: there is no result);
 * - MRR@5: the mean of 1 / rank of the first answering passage in the top five (0 when none is);
 * - landing@1, at 390×844 and 1280×800: the first result is an answering passage, and opening it puts the answer on
 *   screen: for this site (Enter in the dialog), its first highlighted match, below the sticky header and above the
 *   highlight bar; for stock Pagefind (its result's address opened), the passage's first word of the query, below the
 *   header;
 * - junk: the share of top-five results whose passage holds none of the query's words (stop words aside) as whole
 *   words or inflections, nor a form of a glossary name the query names.
 *
 *   npm run build && node bench/relevance.ts
 *
 * `measureRelevance()` is exported for bench/run.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefindNode from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import stem from 'wink-porter2-stemmer';
import { parse } from 'yaml';
import { spellingsOf, STOP_WORDS } from '../src/lib/search/vocabulary.ts';
import { launchChromium } from '../fixtures/chromium.ts';
import { loadPagefind } from '../fixtures/pagefind.ts';
import { distDir } from '../fixtures/paths.ts';
import { serveGzipped } from './serve.ts';
import { storyPageUrl } from './story.ts';

export interface JudgedQuery {
  query: string;
  kind: string;
  answers: string[];
}

export const judgedQueries = (): JudgedQuery[] =>
  parse(readFileSync(new URL('./relevance-queries.yaml', import.meta.url), 'utf8')) as JudgedQuery[];

export interface EngineScores {
  success: number;
  mrr: number;
  junk: number;
  /** landing@1 by viewport ("390×844"). */
  landing: Record<string, number>;
  /** Queries whose first result is not an answer, for the notes. */
  misses: string[];
}

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/** A result list as heading ids, best first; a page's opening (no heading) is "(opening)". */
type Ranking = string[];

function scoreRankings(
  queries: readonly JudgedQuery[],
  rankings: readonly Ranking[],
  junkOf: (query: JudgedQuery, ids: string[]) => number,
) {
  let success = 0;
  let reciprocal = 0;
  let junk = 0;
  let listed = 0;
  const misses: string[] = [];
  queries.forEach((judged, index) => {
    const ranking = rankings[index] ?? [];
    const top = ranking.slice(0, 5);
    if (judged.answers.length === 0) {
      const right = ranking.length === 0;
      success += right ? 1 : 0;
      reciprocal += right ? 1 : 0;
      if (!right) misses.push(judged.query);
    } else {
      const at = top.findIndex((id) => judged.answers.includes(id));
      if (at === 0) success += 1;
      else misses.push(judged.query);
      if (at >= 0) reciprocal += 1 / (at + 1);
    }
    junk += junkOf(judged, top);
    listed += top.length;
  });
  return { success: success / queries.length, mrr: reciprocal / queries.length, junk: listed === 0 ? 0 : junk / listed, misses };
}

/** The part of stock Pagefind's JS API that scoring reads. */
interface StockPagefind {
  search(term: string): Promise<{ results: { data(): Promise<{ url: string; sub_results: { url: string }[] }> }[] }>;
}

/** Stock Pagefind: a default index of the built pages (no options), searched with its default ranking. */
async function stockRankings(queries: readonly JudgedQuery[]): Promise<Ranking[]> {
  const bundle = mkdtempSync(join(tmpdir(), 'stock-pagefind-'));
  try {
    const { index } = await pagefindNode.createIndex({});
    if (!index) throw new Error('Pagefind returned no index.');
    await index.addDirectory({ path: distDir });
    await index.writeFiles({ outputPath: bundle });
    await pagefindNode.close();
    const pagefind = await loadPagefind<StockPagefind>(bundle);
    const rankings: Ranking[] = [];
    for (const { query } of queries) {
      const ranking: Ranking = [];
      for (const result of (await pagefind.search(query)).results) {
        const data = await result.data();
        for (const sub of data.sub_results) ranking.push(new URL(sub.url, 'http://x').hash.slice(1) || '(opening)');
      }
      rankings.push(ranking);
    }
    return rankings;
  } finally {
    rmSync(bundle, { recursive: true, force: true });
  }
}

async function openSearch(page: Page, query: string): Promise<void> {
  if (!(await page.evaluate(() => document.querySelector<HTMLDialogElement>('#search-dialog')?.open))) await page.keyboard.press('/');
  await page.fill('#search-input', query);
  await page.waitForFunction(
    (expected) => {
      const results = document.querySelector<HTMLElement>('[data-search-results]');
      return results?.dataset['query'] === expected.trim();
    },
    query,
    { timeout: 20_000 },
  );
}

/** This site's results for each query, as the dialog lists them. */
async function siteRankings(page: Page, queries: readonly JudgedQuery[]): Promise<Ranking[]> {
  const rankings: Ranking[] = [];
  for (const { query } of queries) {
    await openSearch(page, query);
    rankings.push(
      await page.$$eval('[data-search-results] a.search-hit', (links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).hash.slice(1) || '(opening)'),
      ),
    );
  }
  return rankings;
}

/** Text of each passage on the page, by heading id, as search cuts them (from a heading with an id to the next). */
async function passageTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-pagefind-body]')!;
    const texts: Record<string, string> = { '(opening)': '' };
    let current = '(opening)';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node instanceof Element && node.matches('[data-pagefind-ignore], script, style, template')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element && /^H\d$/.test(node.tagName) && node.id && node.textContent?.trim()) {
        current = node.id;
        texts[current] = '';
      } else if (node instanceof Text) texts[current] += ` ${node.data}`;
    }
    return texts;
  });
}

interface NameEntry {
  term: string;
  aliases: string[];
  otherScripts?: string[];
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replaceAll("'", '’');
const wordsOf = (text: string): string[] => fold(text).match(/[\p{L}\p{N}\p{M}’%]+/gu) ?? [];
const stemmed = (word: string) => (/^\p{L}/u.test(word) ? stem(word.replace(/’s$/, '').replaceAll('’', "'")) : word);

/**
 * The stems a passage must hold one of to answer the query: its words (stop words aside, unless it is made of them)
 * and their other spellings, and every form of a glossary entry the query names. A query names an entry when it is
 * one of its forms, or one word of a name in any script ("Jinping"), or, as the word a reader is still typing, the
 * start (three letters on) of such words and of no other word of the text ("Jinpin").
 */
function queryStems(judged: JudgedQuery, texts: Record<string, string>, names: readonly NameEntry[]): Set<string> {
  const queryWords = wordsOf(judged.query);
  const wanted = queryWords.every((word) => STOP_WORDS.has(word)) ? queryWords : queryWords.filter((word) => !STOP_WORDS.has(word));
  const asked = fold(judged.query.trim());
  const formsOf = (name: NameEntry) => [name.term, ...name.aliases, ...(name.otherScripts ?? [])];
  let named = names.filter((name) => formsOf(name).some((form) => fold(form) === asked || wordsOf(form).includes(asked)));
  if (named.length === 0 && /^[\p{L}\p{M}]{3,}$/u.test(asked)) {
    const textWords = new Set(Object.values(texts).flatMap((text) => wordsOf(text).map((word) => word.replace(/’s$/, ''))));
    const started = [...textWords].filter((word) => word.startsWith(asked));
    const completed = names.filter((name) => started.every((word) => formsOf(name).some((form) => wordsOf(form).includes(word))));
    if (!textWords.has(asked) && started.length > 0 && completed.length === 1) named = completed;
  }
  const nameWords = named.flatMap((name) => [name.term, ...name.aliases].flatMap(wordsOf));
  return new Set([...wanted.flatMap(spellingsOf), ...nameWords].map(stemmed));
}

/** 1 for each passage that holds none of the query's stems (queryStems). */
function junkCounter(texts: Record<string, string>, names: readonly NameEntry[], engine: string) {
  return (judged: JudgedQuery, ids: string[]): number => {
    const stems = queryStems(judged, texts, names);
    const junk = ids.filter((id) => !wordsOf(texts[id] ?? '').some((word) => stems.has(stemmed(word))));
    if (process.env['RELEVANCE_DEBUG'] && junk.length > 0) process.stderr.write(`${engine} junk for ${judged.query}: ${junk.join(' ')}\n`);
    return junk.length;
  };
}

/**
 * Stock Pagefind's landing: open its first result's address, as its result link does, and check that the passage's
 * first word of the query (queryStems) is on screen, below the sticky header. Stock Pagefind highlights nothing on
 * this page, so that word stands for the answering sentence.
 */
async function stockLanded(page: Page, origin: string, first: string, word: string): Promise<boolean> {
  await page.goto(`${storyPageUrl(origin)}${first === '(opening)' ? '' : `#${first}`}`, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(
    ({ anchor, word }) => {
      const root = document.querySelector('[data-pagefind-body]')!;
      const start = anchor === null ? root : document.getElementById(anchor);
      if (!start) return false;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      walker.currentNode = start;
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('[data-pagefind-ignore]')) continue;
        const match = pattern.exec((node as Text).data.replaceAll("'", '’'));
        if (!match) continue;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rect = range.getBoundingClientRect();
        const top = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
        return rect.top >= top && rect.bottom <= innerHeight;
      }
      return false;
    },
    { anchor: first === '(opening)' ? null : first, word },
  );
}

/** Whether opening the first result landed on an answer with its first highlighted match on screen. */
async function landedOnAnswer(page: Page, judged: JudgedQuery): Promise<boolean> {
  await openSearch(page, judged.query);
  const first = await page
    .$eval('[data-search-results] a.search-hit', (link) => new URL((link as HTMLAnchorElement).href).hash.slice(1))
    .catch(() => null);
  if (first === null || !judged.answers.includes(first)) return false;
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector<HTMLDialogElement>('#search-dialog')!.open);
  // Two frames: the landing settles its scroll in the second.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate((anchor) => {
    const ranges = CSS.highlights.get('search-hit');
    const [range] = ranges ? [...(ranges as unknown as Set<Range>)] : [];
    const rect = (range ?? document.getElementById(anchor)!).getBoundingClientRect();
    const top = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
    const bottom = document.querySelector('.search-landing-bar')?.getBoundingClientRect().top ?? innerHeight;
    return rect.top >= top && rect.bottom <= bottom;
  }, first);
}

export async function measureRelevance(browser: Browser, origin: string, log: (message: string) => void = () => {}) {
  const queries = judgedQueries();
  const names = JSON.parse(readFileSync(join(distDir, 'search/names.json'), 'utf8')) as NameEntry[];
  log(`relevance: ${queries.length} judged queries, stock Pagefind…`);
  const stock = await stockRankings(queries);
  log('relevance: this site’s search…');
  const context = await browser.newContext({ viewport: VIEWPORTS[1]! });
  let site: Ranking[];
  let texts: Record<string, string>;
  try {
    const page = await context.newPage();
    await page.goto(storyPageUrl(origin), { waitUntil: 'networkidle' });
    texts = await passageTexts(page);
    site = await siteRankings(page, queries);
  } finally {
    await context.close();
  }
  const siteScores: EngineScores = { ...scoreRankings(queries, site, junkCounter(texts, names, 'site')), landing: {} };
  const stockScores: EngineScores = { ...scoreRankings(queries, stock, junkCounter(texts, names, 'stock')), landing: {} };
  for (const viewport of VIEWPORTS) {
    log(`relevance: landing at ${viewport.width}×${viewport.height}…`);
    const landingContext = await browser.newContext({ viewport });
    try {
      const page = await landingContext.newPage();
      await page.goto(storyPageUrl(origin), { waitUntil: 'networkidle' });
      const answerable = queries.filter((judged) => judged.answers.length > 0);
      let landed = 0;
      for (const judged of answerable) if (await landedOnAnswer(page, judged)) landed += 1;
      siteScores.landing[`${viewport.width}×${viewport.height}`] = landed / answerable.length;
      let stockLandings = 0;
      for (const judged of answerable) {
        const first = stock[queries.indexOf(judged)]?.[0];
        if (first === undefined || !judged.answers.includes(first)) continue;
        const stems = queryStems(judged, texts, names);
        const word = wordsOf(texts[first] ?? '').find((candidate) => stems.has(stemmed(candidate)));
        if (word !== undefined && (await stockLanded(page, origin, first, word))) stockLandings += 1;
      }
      stockScores.landing[`${viewport.width}×${viewport.height}`] = stockLandings / answerable.length;
    } finally {
      await landingContext.close();
    }
  }
  return { queries: queries.length, site: siteScores, stock: stockScores };
}

if (import.meta.main) {
  const served = await serveGzipped(distDir);
  const browser = await launchChromium();
  try {
    const figures = await measureRelevance(browser, served.origin, (message) => process.stderr.write(`${message}\n`));
    console.log(JSON.stringify(figures, null, 2));
  } finally {
    await browser.close();
    await served.close();
  }
}
