/** The path of a section's share page, whose link previews show that section. */
export function sharePath(id: string): string {
  return `/s/${id}/`;
}

/** The section's place in the full explainer. */
export function explainerPath(id: string): string {
  return `/#${id}`;
}

/** The link-preview image of a section's share page, or of the explainer itself when no id is given. */
export function previewImagePath(id?: string): string {
  return id === undefined ? '/og/explainer.png' : `/og/s/${id}.png`;
}

/** The link-preview image of a glossary entry's page. */
export function glossaryPreviewImagePath(id: string): string {
  return `/og/glossary/${id}.png`;
}

/** An absolute URL for a site path: link previews and copied links must work outside the site. */
export function absoluteUrl(path: string, base: URL | string): string {
  return new URL(path, base).href;
}

/** The items before and after `index`, where there are any. */
export function neighbours<T>(items: readonly T[], index: number): { previous: T | undefined; next: T | undefined } {
  return { previous: index > 0 ? items[index - 1] : undefined, next: items[index + 1] };
}
