import { announce, showLinkField, writeClipboard } from './copy-link';

/**
 * Wires the Copy link and Share buttons under each section heading, which
 * SectionTools.astro draws hidden: copy the section's share link, or hand it
 * to the system share sheet.
 */
export function attachSectionTools(): void {
  for (const tools of document.querySelectorAll<HTMLElement>('[data-section-tools]')) {
    const { sharePath = '/', shareTitle = document.title, shareText = '' } = tools.dataset;
    const status = tools.querySelector<HTMLElement>('[data-status]');
    const copy = tools.querySelector<HTMLButtonElement>('[data-copy-link]');
    const share = tools.querySelector<HTMLButtonElement>('[data-share]');
    if (!status || !copy || !share) continue;
    // The link of the origin the reader is on, so that a copy from a preview or staging host works there too.
    const url = () => new URL(sharePath, location.origin).href;

    copy.addEventListener('click', async () => {
      if (await writeClipboard(url())) {
        announce(status, 'Link copied');
      } else {
        showLinkField(tools, url(), 'Link to this section');
        announce(status, 'The link is selected: copy it');
      }
    });

    // Only phones and some desktops have a system share sheet; elsewhere the button stays hidden.
    if (typeof navigator.share === 'function') {
      share.hidden = false;
      share.addEventListener('click', async () => {
        try {
          await navigator.share({ title: shareTitle, text: shareText, url: url() });
        } catch {
          // The reader closed the share sheet, or the browser refused: nothing to tell them.
        }
      });
    }
    tools.hidden = false;
  }
}
