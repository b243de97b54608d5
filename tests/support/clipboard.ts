import type { Page } from 'playwright-core';
import type { Tab } from './browser';

/*
 * The run's one Chromium has one clipboard for every tab, and test files run two at a time: read back from the
 * clipboard, a link may be the other file's (a quote link from quote-links.test.ts turned up in sharing.test.ts). So
 * a test reads what its own page wrote, through the real Clipboard API, from the page's record (recordCopies).
 */

/**
 * Opens `path` in the tab as a reader who allowed the clipboard, every document of the visit recording each text it
 * writes there. The tab's next visit takes the permission and the recorder away.
 */
export async function clipboardVisit(tab: Tab, path: string): Promise<Page> {
  const page = await tab.visit(path, { initScript: recordCopies });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  return page;
}

/**
 * The same for the page a visit already shows: the permissions are granted in place, and the recorder goes into the
 * document the page shows, so call it after the page has loaded.
 */
export async function allowClipboard(page: Page): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(recordCopies);
}

/** Runs in the page: keeps each text that the page writes to the clipboard, in order, in window.copied. */
function recordCopies(): void {
  const clipboard = navigator.clipboard;
  if (clipboard === undefined) return;
  const copied: string[] = [];
  const write = clipboard.writeText.bind(clipboard);
  Object.assign(window, { copied });
  clipboard.writeText = (text: string) => {
    copied.push(text);
    return write(text);
  };
}

/** The last text the page wrote to the clipboard, or null when it has written none. */
export function lastCopied(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as { copied?: string[] }).copied?.at(-1) ?? null);
}

/** Forgets what the page has written so far, so that only what comes next counts. */
export function forgetCopies(page: Page): Promise<void> {
  return page.evaluate(() => {
    (window as unknown as { copied?: string[] }).copied?.splice(0);
  });
}
