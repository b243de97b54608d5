import hashLandingUrl from 'lazy-chunk:lib/share/client/hash-landing.ts';

/*
 * What a page with sections loads of the hash landing (hash-landing.ts, a renamed section's old address or a hash
 * that means nothing here): a look at the address. Its code loads when the address has a hash, at load or later.
 */

type HashLandingModule = typeof import('./hash-landing');

export function landOnSectionHashes(): void {
  let module: Promise<HashLandingModule> | undefined;
  const land = () => {
    // Without a hash there is nothing to land on, and no notice yet to take away.
    if (module === undefined && location.hash.length <= 1) return;
    (module ??= import(/* @vite-ignore */ hashLandingUrl) as Promise<HashLandingModule>)
      .then(({ landOnSectionHash }) => landOnSectionHash())
      .catch(() => {
        // Offline, say: the browser's own landing stands, and the next hash tries again.
        module = undefined;
      });
  };
  land();
  addEventListener('hashchange', land);
}
