import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/**
 * A context that may use the clipboard, as a reader who allowed it, whose pages record each text they write to it.
 * The run's one Chromium has one clipboard for every context, and test files run two at a time: read back from the
 * clipboard, a link may be the other file's (a quote link from quote-links.test.ts turned up in sharing.test.ts). So
 * a test reads what its own page wrote, through the real Clipboard API, from the page's record.
 */
export async function clipboardContext(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ ...options, permissions: ['clipboard-read', 'clipboard-write'] });
  await context.addInitScript(recordCopies);
  return context;
}

/**
 * The same for a visit in a shared tab (useTab), where an init script would outlive the visit: the permissions are
 * granted in place, and the recorder goes into the document the page shows, so call it after the page has loaded.
 * The tab's next visit clears the permissions, and its next document has no recorder.
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
