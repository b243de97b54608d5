import { listenForGlossaryCard } from '../../glossary/client/card-intent';
import { landOnSectionHashes } from '../../share/client/hash-landing-intent';
import { listenForQuotes } from '../../share/client/quote-intent';
import { listenForSectionTools } from '../../share/client/section-tools-intent';
import { rememberVisit } from '../../timeline/client/last-visit-intent';
import { markCurrentSection } from './contents';
import { landSentences } from './landing-intent';

/**
 * What a story's page and its sections' share pages start: the listeners of every feature that the article's
 * components draw (contents, section tools, hash and sentence landings, quote link, definition card, since this
 * report), in one small module instead of one script each. Each feature's own code loads when the reader needs it.
 */
export function listenOnArticlePage(): void {
  listenForSectionTools();
  landOnSectionHashes();
  markCurrentSection();
  landSentences();
  listenForQuotes();
  listenForGlossaryCard();
  rememberVisit();
}
