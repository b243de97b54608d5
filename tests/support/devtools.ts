import type { CDPSession, Page } from 'playwright-core';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * The page's own DevTools session, one per page and kept for as long as the page: axe's source goes to the page
 * through it (axe.ts), and a shared tab turns its scripts and caches on and off through it (browser.ts).
 */
export function devTools(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}
