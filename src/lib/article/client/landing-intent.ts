import sentenceLandingUrl from 'lazy-chunk:lib/article/client/sentence-landing.ts';

/*
 * What every explainer page loads of the sentence landing: a look at the
 * address. The code that finds where a sentence begins loads only when the
 * address has a part to land on (a back link's target), never for a reader
 * who opens the page at its top.
 */

type SentenceLandingModule = typeof import('./sentence-landing');

let module: Promise<SentenceLandingModule> | undefined;

function land(): void {
  if (location.hash.length <= 1) return;
  (module ??= import(/* @vite-ignore */ sentenceLandingUrl) as Promise<SentenceLandingModule>)
    .then(({ landSentence }) => landSentence())
    .catch(() => {
      // Without it the browser's own landing stands: the target is in view, its sentence's first lines perhaps not.
      module = undefined;
    });
}

/** Lands every back link, and a page opened at one, with the whole sentence in view. */
export function landSentences(): void {
  addEventListener('hashchange', land);
  if (document.readyState === 'complete') land();
  else addEventListener('load', () => requestAnimationFrame(land), { once: true });
}
