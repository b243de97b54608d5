import { listenForGlossaryCard } from '../../glossary/client/card-intent';
import { listenForSearch } from '../../search/client/launcher';
import { landOnSectionHashes } from '../../share/client/hash-landing-intent';
import { listenForQuotes } from '../../share/client/quote-intent';
import { listenForSectionTools } from '../../share/client/section-tools-intent';
import { rememberVisit } from '../../timeline/client/last-visit-intent';
import { markCurrentSection } from './contents';
import { landSentences } from './landing-intent';

/**
 * What every page starts: search's listener, and on a story's page or its sections' share pages (Base.astro's
 * `article`) the listeners of every feature that the article's components draw (contents, section tools, hash and
 * sentence landings, quote link, definition card, since this report). One small module, the same on every page,
 * instead of one script each. Each feature's own code loads when the reader needs it.
 */
export function listenOnPage(): void {
  listenForSearch();
  if (!document.body.hasAttribute('data-article-page')) return;
  listenForSectionTools();
  landOnSectionHashes();
  markCurrentSection();
  landSentences();
  listenForQuotes();
  listenForGlossaryCard();
  rememberVisit();
}
