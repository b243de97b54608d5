import { currentSectionIndex } from '../toc';

/** Marks the contents entry of the section being read, as the reader scrolls. Without JS the links work as plain anchors. */
export function markCurrentSection(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[data-section-link]')];
  const headings = links.map((link) => document.getElementById(link.dataset['sectionLink'] ?? ''));
  let scheduled = false;
  const update = () => {
    scheduled = false;
    const tops = headings.map((heading) => heading?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY);
    const current = currentSectionIndex(tops, window.innerHeight);
    links.forEach((link, index) => {
      if (index === current) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    });
  };
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(update);
    }
  };
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  addEventListener('hashchange', schedule);
  update();
}
