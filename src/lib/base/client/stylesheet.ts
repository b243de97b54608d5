/**
 * Adds the stylesheet at `href` to the page, once; resolves when it applies, or when it failed to load (what it
 * styles then shows in the page's own styles). For the styles of what appears only on the reader's move (the
 * definition card, the quote bar, search results), which load with its code rather than with every page.
 */
export function addStylesheet(href: string): Promise<void> {
  const existing = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find((link) => link.href.endsWith(href));
  if (existing?.sheet) return Promise.resolve();
  const link = existing ?? Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const settled = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  if (!existing) document.head.append(link);
  return settled;
}
