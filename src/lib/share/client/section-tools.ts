import { announce, showLinkField, writeClipboard } from './copy-link';

/**
 * What the Copy link and Share buttons under each section heading do (SectionTools.astro draws them hidden,
 * section-tools-intent.ts shows them and loads this on the reader's first move towards them): copy the section's
 * share link, or hand it to the system share sheet.
 */
export async function useSectionTool(tools: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const { sharePath = '/', shareTitle = document.title, shareText = '' } = tools.dataset;
  const status = tools.querySelector<HTMLElement>('[data-status]');
  // The link of the origin the reader is on, so that a copy from a preview or staging host works there too.
  const url = new URL(sharePath, location.origin).href;
  if (button.matches('[data-copy-link]') && status) {
    if (await writeClipboard(url)) {
      announce(status, 'Link copied');
    } else {
      showLinkField(tools, url, 'Link to this section');
      announce(status, 'The link is selected: copy it');
    }
  } else if (button.matches('[data-share]')) {
    try {
      await navigator.share({ title: shareTitle, text: shareText, url });
    } catch {
      // The reader closed the share sheet, or the browser refused: nothing to tell them.
    }
  }
}
