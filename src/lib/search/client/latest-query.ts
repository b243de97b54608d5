import { searchSite, type SearchOutcome } from '../engine';
import { isReady, loadNames, loadPlaces, markQueried, preload, type Backend } from './backend';
import { nameAnswer } from './name-answer';
import type { StoryPlaces } from '../names';
import { scopedSearch } from '../scope';

/*
 * Runs the reader's latest query: an early answer from the names while Pagefind
 * loads, then the full one, in this story or in all of them. A query the reader
 * has typed past is stopped, and its answers never reach the dialog.
 */

/** What the dialog does with each answer (dialog.ts). */
export interface Answers {
  /** The query is empty: nothing to show. */
  cleared(): void;
  /** Search is still loading. */
  loading(): void;
  /** A name answered from the names file while Pagefind loads. */
  early(outcome: SearchOutcome): void;
  /** `storyOf` names each result's story, when the results may come from several; `scopeNote` ends the status line. */
  full(outcome: SearchOutcome, storyOf: ((url: string) => string | undefined) | null, scopeNote: string): void;
  /** Search could not load. */
  failed(): void;
}

/**
 * One runner per dialog. `story` is the page's story, to which search keeps (scope.ts) unless `wide()` says the
 * reader has widened it; null off a story page.
 */
export function latestQuery(story: string | null, wide: () => boolean, answers: Answers) {
  let generation = 0;
  /** The search under way, stopped when the reader types on or closes the dialog. */
  let pending: AbortController | undefined;

  /**
   * The places for the early answer: this story's while search keeps to it, so
   * that the early answer shows what the full one will. While it covers every
   * story there are none, and the early answer is the card alone: every
   * story's places together would grow with the site.
   */
  const earlyPlaces = (): Promise<StoryPlaces> => (story === null || wide() ? Promise.resolve({}) : loadPlaces(story));

  return {
    async run(query: string): Promise<void> {
      const mine = ++generation;
      pending?.abort();
      const search = (pending = new AbortController());
      if (!query.trim()) {
        answers.cleared();
        return;
      }
      markQueried();
      let answered = false;
      if (!isReady()) {
        answers.loading();
        void Promise.all([loadNames(), earlyPlaces()]).then(([names, places]) => {
          const early = answered || mine !== generation ? null : nameAnswer(query, names, places);
          if (early) answers.early(early);
        });
      }
      let loaded: Backend;
      try {
        loaded = await preload();
      } catch {
        answered = true;
        if (mine === generation) answers.failed();
        return;
      }
      // Typed on while search was loading or searching: only the latest query is worth the work, and the earlier ones
      // would delay it.
      if (mine !== generation) return;
      const several = loaded.stories > 1;
      const everywhere = story === null || wide();
      const scoped = scopedSearch(loaded.pagefind, everywhere ? null : story);
      let outcome: SearchOutcome;
      try {
        outcome = await searchSite(scoped.pagefind, query, loaded.names, search.signal, { articleFirst: !everywhere });
      } catch (error) {
        if (search.signal.aborted) return;
        throw error;
      }
      answered = true;
      const scopeNote = story === null || !several ? '' : everywhere ? ` In all ${loaded.stories} stories.` : ' In this story only.';
      if (mine === generation) answers.full(outcome, everywhere && several ? scoped.storyOf : null, scopeNote);
    },

    /** Stops the search under way; its answers, early or full, are dropped. */
    stop(): void {
      generation++;
      pending?.abort();
    },
  };
}
