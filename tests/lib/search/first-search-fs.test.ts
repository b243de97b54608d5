import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writePreloadList } from '../../../src/lib/search/first-search-fs';

/** An entry file as Pagefind 1.6 writes it; its first 16 hex digits of SHA-256 are 56ceca32fe6b4cf6 (sha256sum). */
const ENTRY = '{"version":"1.6.0","languages":{"en-gb":{"hash":"en-gb_2c52b6c64ad88","wasm":"en-gb","page_count":3}}}';

/** What every list names first, whatever the index: the entry at its tagged address, the metadata and the wasm. */
const FIRST_FILES = [
  '/pagefind/pagefind-entry.json?ts=56ceca32fe6b4cf6',
  '/pagefind/pagefind.en-gb_2c52b6c64ad88.pf_meta',
  '/pagefind/wasm.en-gb.pagefind',
];

const bundles: string[] = [];
afterEach(() => {
  for (const bundle of bundles.splice(0)) rmSync(bundle, { recursive: true, force: true });
});

/** A Pagefind bundle in a scratch folder: its entry file, and each file of `files` (a path in it) with that many bytes. */
function bundleOf(files: Record<string, number>): string {
  const bundle = mkdtempSync(join(tmpdir(), 'first-search-'));
  bundles.push(bundle);
  writeFileSync(join(bundle, 'pagefind-entry.json'), ENTRY);
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(join(bundle, path, '..'), { recursive: true });
    writeFileSync(join(bundle, path), 'x'.repeat(bytes));
  }
  return bundle;
}

async function listOf(bundle: string): Promise<unknown> {
  await writePreloadList(bundle);
  return JSON.parse(readFileSync(join(bundle, 'first-search.json'), 'utf8'));
}

describe('the first-search list', () => {
  it('names the entry with its cache tag, the metadata, the wasm, every chunk of a small index and the filters', async () => {
    const bundle = bundleOf({
      'index/en-gb_9642355.pf_index': 15_000,
      'fragment/en-gb_fe97eeb.pf_fragment': 12_000,
      'fragment/en-gb_0a1b2c3.pf_fragment': 900,
      'filter/en-gb_9e225b2.pf_filter': 52,
    });
    expect(await listOf(bundle)).toEqual({
      tag: '56ceca32fe6b4cf6',
      files: [
        ...FIRST_FILES,
        '/pagefind/fragment/en-gb_0a1b2c3.pf_fragment',
        '/pagefind/fragment/en-gb_fe97eeb.pf_fragment',
        '/pagefind/index/en-gb_9642355.pf_index',
        '/pagefind/filter/en-gb_9e225b2.pf_filter',
      ],
    });
  });

  it('leaves out the chunks of an index over 100,000 bytes, but not the filters, which the first query always reads', async () => {
    const bundle = bundleOf({
      'index/en-gb_9642355.pf_index': 60_000,
      'fragment/en-gb_fe97eeb.pf_fragment': 40_001,
      'filter/en-gb_9e225b2.pf_filter': 3_000,
    });
    expect(await listOf(bundle)).toEqual({
      tag: '56ceca32fe6b4cf6',
      files: [...FIRST_FILES, '/pagefind/filter/en-gb_9e225b2.pf_filter'],
    });
  });

  it('keeps the chunks of an index of exactly 100,000 bytes, and names no filter when the site has none', async () => {
    const bundle = bundleOf({
      'index/en-gb_9642355.pf_index': 60_000,
      'fragment/en-gb_fe97eeb.pf_fragment': 40_000,
    });
    expect(await listOf(bundle)).toEqual({
      tag: '56ceca32fe6b4cf6',
      files: [...FIRST_FILES, '/pagefind/fragment/en-gb_fe97eeb.pf_fragment', '/pagefind/index/en-gb_9642355.pf_index'],
    });
  });
});
