import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';

let live: { browser: Browser; site: StaticSite };
useBrowserSite((opened) => (live = opened));
const tab = useTab(() => live);

describe('useTab: one tab, each visit as clean as a first', () => {
  it('empties the storage, drops the listeners and sets the window, scheme and medium of each visit', async () => {
    const first = await tab.visit('/sco-2025/', { width: 360, colorScheme: 'dark' });
    const seen: string[] = [];
    first.on('console', (message) => seen.push(message.text()));
    await first.evaluate(() => {
      localStorage.setItem('left', 'behind');
      sessionStorage.setItem('left', 'behind');
    });
    await first.emulateMedia({ media: 'print' });
    const second = await tab.visit('/sco-2025/');
    expect(second).toBe(first);
    await second.evaluate(() => console.log('after'));
    expect(seen).toEqual([]);
    expect(await second.evaluate(() => [localStorage.getItem('left'), sessionStorage.getItem('left')])).toEqual([null, null]);
    expect(
      await second.evaluate(() => [innerWidth, matchMedia('(prefers-color-scheme: dark)').matches, matchMedia('print').matches]),
    ).toEqual([1280, false, false]);
  });
});
