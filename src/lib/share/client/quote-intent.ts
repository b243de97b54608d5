import quoteBarUrl from 'lazy-chunk:lib/share/client/quote-bar.ts';
import quoteBarStyles from './quote-bar.css?url';
import { addStylesheet } from '../../base/client/stylesheet';

/*
 * What every explainer page loads of the quote bar: a listener for the first
 * selection. The bar's code (reading the page's text as find sees it, building
 * the text fragment, the bar itself) is the page's largest script, and most
 * readers never select a word: it loads when one does, with its styles, as search's code loads
 * on intent (search/client/launcher.ts).
 */

type QuoteBarModule = typeof import('./quote-bar');

export function listenForQuotes(): void {
  const start = () => {
    if (getSelection()?.isCollapsed !== false) return;
    document.removeEventListener('selectionchange', start);
    Promise.all([import(/* @vite-ignore */ quoteBarUrl) as Promise<QuoteBarModule>, addStylesheet(quoteBarStyles)])
      .then(([{ attachQuoteBar }]) => attachQuoteBar())
      // Offline, say: the next selection tries again.
      .catch(() => document.addEventListener('selectionchange', start));
  };
  document.addEventListener('selectionchange', start);
}
