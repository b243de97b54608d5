/** A box in viewport coordinates, as getBoundingClientRect gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/**
 * Where the definition card goes: below the term, or above it when it does
 * not fit below and fits better above, and always inside the viewport with a
 * small margin, so that on a 360 px phone it never runs off the screen.
 */
export function cardPosition(term: Box, card: Size, viewport: Size, gap = 8, margin = 8): { left: number; top: number } {
  const below = viewport.height - term.bottom - gap - margin;
  const above = term.top - gap - margin;
  const top = card.height <= below || below >= above ? term.bottom + gap : term.top - gap - card.height;
  const widest = Math.max(margin, viewport.width - card.width - margin);
  const left = Math.min(Math.max(term.left, margin), widest);
  return { left: Math.round(left), top: Math.round(Math.max(margin, top)) };
}
