import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';

/*
 * What the search dialog counts, on the story page, over the real index (issue 28): the card counts the article's
 * mentions of a name, the status line the passages listed under each heading, and both agree with the lists shown.
 */

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));
const tab = useTab(() => ({ browser, site }));

/** How the status line says each heading, written out. */
const WHERE: Record<string, string> = {
  'In the article': 'in the article',
  Timeline: 'in the timeline',
  Glossary: 'in the glossary',
  'In the explainer’s notes': 'in the explainer’s notes',
};

interface Shown {
  status: string;
  card: string | null;
  groups: { label: string; anchors: string[] }[];
}

/** Searches the story page for `query` and reads what the dialog shows once the full results are in. */
async function searchStory(query: string): Promise<Shown> {
  const page: Page = await tab.visit(`/sco-2025/?q=${encodeURIComponent(query)}`);
  await page.locator(`[data-search-results][data-query="${query}"]`).waitFor({ state: 'attached' });
  const shown = await page.evaluate(() => ({
    status: document.querySelector('[data-search-status]')?.textContent ?? '',
    card: document.querySelector('.search-card-count')?.textContent ?? null,
    groups: [...document.querySelectorAll('[data-search-results] .search-group')].map((group) => ({
      label: group.querySelector('.search-group-label')?.textContent ?? '',
      anchors: [...group.querySelectorAll<HTMLAnchorElement>('a.search-hit')].map((link) => new URL(link.href).hash.slice(1)),
    })),
  }));
  return shown;
}

/** The status line's figure for each heading: "…: 3 in the article, 8 in the timeline and 1 in the glossary." */
function statusFigures(status: string, labels: readonly string[]): number[] {
  return labels.map((label) => {
    const where = WHERE[label]!;
    if (labels.length === 1) return status.includes(`, all ${where}.`) ? Number(/^(\d+) passage/.exec(status)?.[1]) : NaN;
    return Number(new RegExp(`(\\d+) ${where}\\b`).exec(status)?.[1]);
  });
}

function expectAgreement({ status, groups }: Shown): void {
  const labels = groups.map((group) => group.label);
  // Each place under one heading, once.
  expect(new Set(labels).size).toBe(labels.length);
  const listed = groups.map((group) => group.anchors.length);
  expect(Number(/^(\d+) passage/.exec(status)?.[1])).toBe(listed.reduce((sum, count) => sum + count, 0));
  expect(statusFigures(status, labels)).toEqual(listed);
}

describe('search counts on the story page', () => {
  it('for “Modi”, the card counts his 6 mentions in the article and the status the 3 passages that hold them', async () => {
    const shown = await searchStory('Modi');
    // Counted in content/: the source's headline (which ends "Not alone"'s passage), one in "Ukraine war looms over
    // summit", and four in "Shoulder to shoulder" (the video's caption and three paragraphs).
    expect(shown.card).toBe('6 mentions in the article');
    expect(shown.groups[0]?.label).toBe('In the article');
    expect(shown.groups[0]?.anchors.toSorted()).toEqual(['not-alone', 'shoulder-to-shoulder', 'ukraine-war']);
    expect(shown.status).toMatch(/^\d+ passages mention Narendra Modi: 3 in the article\b/);
    expectAgreement(shown);
    // The card shows his entry: it is not listed again as a result.
    expect(shown.groups.flatMap((group) => group.anchors)).not.toContain('term-narendra-modi');
  });

  it('for “Putin”, the card counts his 14 mentions and the article lists the 7 sections whose own words name him', async () => {
    const shown = await searchStory('Putin');
    // Counted in content/: 2 + 3 + 1 + 3 + 1 + 2 + 1 in the sections' text and caption, and the source's headline.
    expect(shown.card).toBe('14 mentions in the article');
    expect(shown.groups[0]?.label).toBe('In the article');
    expect(shown.groups[0]?.anchors.toSorted()).toEqual([
      'close-rapport',
      'diplomatic-push',
      'not-alone',
      'opening',
      'shoulder-to-shoulder',
      'since-alaska',
      'tactical-alliance',
    ]);
    // "Ukraine war looms over summit" names him only in a fact note: listed, but not as the article's.
    expect(shown.groups.find((group) => group.label === 'In the explainer’s notes')?.anchors).toEqual(['ukraine-war']);
    expectAgreement(shown);
    expect(shown.groups.flatMap((group) => group.anchors)).not.toContain('term-vladimir-putin');
  });

  it('for “tariffs”, lists each place under one heading, the article first', async () => {
    const shown = await searchStory('tariffs');
    // The article first; the other places in the order of their best hit, which the ranking settles: each once.
    const labels = shown.groups.map((group) => group.label);
    expect(labels[0]).toBe('In the article');
    expect(labels.toSorted()).toEqual(['Glossary', 'In the article', 'Timeline']);
    expect(shown.groups[0]?.anchors).toEqual(['ukraine-war']);
    expectAgreement(shown);
  });
});
