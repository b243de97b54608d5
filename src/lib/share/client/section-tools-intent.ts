import sectionToolsUrl from 'lazy-chunk:lib/share/client/section-tools.ts';

/*
 * What a page with sections loads of their Copy link and Share buttons: it shows them (without JavaScript they could
 * do nothing, so SectionTools.astro draws them hidden), and loads what they do (section-tools.ts, with the clipboard's
 * fallback) when the reader moves towards one, or at the latest on the click, which then waits for it.
 */

type SectionToolsModule = typeof import('./section-tools');

export function listenForSectionTools(): void {
  let module: Promise<SectionToolsModule> | undefined;
  const code = () =>
    (module ??= (import(/* @vite-ignore */ sectionToolsUrl) as Promise<SectionToolsModule>).catch((error: unknown) => {
      // Offline, say: the next move tries again.
      module = undefined;
      throw error;
    }));
  const prefetch = () => void code().catch(() => {});
  for (const tools of document.querySelectorAll<HTMLElement>('[data-section-tools]')) {
    const share = tools.querySelector<HTMLButtonElement>('[data-share]');
    if (!tools.querySelector('[data-status]') || !tools.querySelector('[data-copy-link]') || !share) continue;
    // Only phones and some desktops have a system share sheet; elsewhere the button stays hidden.
    if (typeof navigator.share === 'function') share.hidden = false;
    for (const type of ['pointerenter', 'focusin', 'touchstart']) tools.addEventListener(type, prefetch, { once: true, passive: true });
    tools.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button)
        void code()
          .then(({ useSectionTool }) => useSectionTool(tools, button))
          .catch(() => {});
    });
    tools.hidden = false;
  }
}
