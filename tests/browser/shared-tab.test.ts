import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';
import { type PageTrouble, recordTrouble } from '../support/page-trouble';

let live: { browser: Browser; site: StaticSite };
useBrowserSite((opened) => (live = opened));
const tab = useTab(() => live);
const touchTab = useTab(() => live, 'touch');

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

  it('empties the storage for the visit’s first document only: a reload or a later address keeps what the page stored', async () => {
    const page = await tab.visit('/sco-2025/');
    await page.evaluate(() => {
      localStorage.setItem('kept', 'across');
      sessionStorage.setItem('kept', 'across');
    });
    await page.reload();
    expect(await page.evaluate(() => [localStorage.getItem('kept'), sessionStorage.getItem('kept')])).toEqual(['across', 'across']);
    await page.goto(page.url().replace('/sco-2025/', '/glossary/'));
    expect(await page.evaluate(() => [localStorage.getItem('kept'), sessionStorage.getItem('kept')])).toEqual(['across', 'across']);
    // The next visit empties it, to an address that differs from the page open by its fragment alone too (Chromium
    // would scroll the same document there), and with its init script in the new document.
    const recorded = () => (window as unknown as { scriptsBefore?: number }).scriptsBefore;
    const anchored = await tab.visit('/glossary/#top', {
      initScript: () => Object.assign(window, { scriptsBefore: document.scripts.length }),
    });
    expect(await anchored.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await anchored.evaluate(recorded)).toBe(0);
    await anchored.evaluate(() => localStorage.setItem('kept', 'across'));
    // And a visit without JavaScript empties it too, the other way.
    const off = await tab.visit('/sco-2025/', { javaScript: false });
    expect(await off.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  });

  it('turns JavaScript off for a visit that asks, and on again for the next', async () => {
    // The section tools' buttons are drawn hidden, and shown by the article's script.
    const copyButtons = (page: Page) => page.getByRole('button', { name: /Copy link/ }).count();
    const off = await tab.visit('/sco-2025/', { javaScript: false });
    await off.waitForLoadState('load');
    expect(await copyButtons(off)).toBe(0);
    const on = await tab.visit('/sco-2025/');
    await expect.poll(() => copyButtons(on)).toBe(8);
  });

  it('asks the server again for what a cold cache must not hold, and only then', async () => {
    // The site's test server sends every file uncached; this one says its stylesheet may be kept for ten minutes.
    let served = 0;
    const server = createServer((request, response) => {
      if (request.url === '/kept.css') {
        served++;
        response.writeHead(200, { 'Content-Type': 'text/css', 'Cache-Control': 'max-age=600' });
        response.end('p { color: green }');
      } else {
        response.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' });
        response.end('<!doctype html><title>t</title><link rel="stylesheet" href="/kept.css"><p>kept</p>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      await (await tab.open()).goto(url);
      await (await tab.open()).goto(url);
      expect(served).toBe(1);
      // Every load of the visit, not only its first.
      const cold = await tab.open({ coldCache: true });
      await cold.goto(url);
      await cold.goto(url);
      expect(served).toBe(3);
      await (await tab.open()).goto(url);
      expect(served).toBe(3);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('runs the init script of a visit that asks for one before the page’s own, in each of its documents, and not in the next visit', async () => {
    // How many scripts the document had when the init script ran: none of the page's has run before the first.
    const stamped = () => (window as unknown as { scriptsBefore?: number }).scriptsBefore;
    const initScript = () => Object.assign(window, { scriptsBefore: document.scripts.length });
    const page = await tab.visit('/sco-2025/', { initScript });
    expect(await page.evaluate(stamped)).toBe(0);
    await page.reload();
    expect(await page.evaluate(stamped)).toBe(0);
    const next = await tab.visit('/sco-2025/');
    expect(await next.evaluate(stamped)).toBeUndefined();
  });
});

describe('useTab with a touch screen', () => {
  it('gives its own kind of tab a touch screen, and the plain tab none', async () => {
    const touchPoints = (page: Page) => page.evaluate(() => [navigator.maxTouchPoints > 0, matchMedia('(pointer: coarse)').matches]);
    const phone = await touchTab.visit('/sco-2025/', { width: 360 });
    const desk = await tab.visit('/sco-2025/');
    expect(phone).not.toBe(desk);
    expect(await touchPoints(phone)).toEqual([true, true]);
    expect(await touchPoints(desk)).toEqual([false, false]);
  });
});

describe('recordTrouble', () => {
  it('hears the uncaught errors and the dialogs of the visit’s first document on, and dismisses each dialog', async () => {
    const trouble: PageTrouble = { errors: [], alerts: [] };
    const page = await tab.visit('/sco-2025/', {
      beforeNavigate: (opened) => recordTrouble(opened, trouble),
      initScript: () => {
        alert('opened before the page’s own scripts');
        setTimeout(() => {
          throw new Error('thrown before the page’s own scripts');
        });
      },
    });
    await expect.poll(() => trouble.errors).toEqual(['thrown before the page’s own scripts']);
    expect(trouble.alerts).toEqual(['opened before the page’s own scripts']);
    // Dismissed: the page's scripts ran on, so a later dialog is heard too.
    await page.evaluate(() => setTimeout(() => confirm('asked later')));
    await expect.poll(() => trouble.alerts).toEqual(['opened before the page’s own scripts', 'asked later']);
  });
});
