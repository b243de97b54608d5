/** What a link preview (OpenGraph, Twitter/X cards) shows for one page. */
export interface LinkPreview {
  title: string;
  description: string;
  /** The page's absolute URL. */
  url: string;
  /** "article" for a piece of journalism, "website" for anything else. */
  type: 'article' | 'website';
  siteName: string;
  /** The preview image: an absolute URL to a PNG of `width` × `height`, and its text alternative. */
  image: { url: string; alt: string; width: number; height: number };
  /** Language and region of the page, as OpenGraph writes it ("en_GB"). */
  locale: string;
}

/** One `<meta>` tag: OpenGraph uses `property`, Twitter uses `name`. */
export interface MetaTag {
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

/** The OpenGraph and Twitter Card tags for a page, in the order they are written. */
export function linkPreviewTags(preview: LinkPreview): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key: `og:${key}`, content });
  const twitter = (key: string, content: string): MetaTag => ({ attribute: 'name', key: `twitter:${key}`, content });
  return [
    og('type', preview.type),
    og('site_name', preview.siteName),
    og('locale', preview.locale),
    og('title', preview.title),
    og('description', preview.description),
    og('url', preview.url),
    og('image', preview.image.url),
    og('image:type', 'image/png'),
    og('image:width', String(preview.image.width)),
    og('image:height', String(preview.image.height)),
    og('image:alt', preview.image.alt),
    twitter('card', 'summary_large_image'),
    twitter('title', preview.title),
    twitter('description', preview.description),
    twitter('image', preview.image.url),
    twitter('image:alt', preview.image.alt),
  ];
}

/** What every link preview says of the site itself (content/site.yaml). */
export interface SiteIdentity {
  name: string;
  /** BCP 47, as the page's lang ("en-GB"). */
  language: string;
}

/** The site's name set as a wordmark: its last word apart, as the header and the preview images show it. */
export function wordmark(name: string): { lead: string; last: string } {
  const split = name.lastIndexOf(' ');
  return { lead: split > 0 ? name.slice(0, split) : '', last: name.slice(split + 1) };
}

/** OpenGraph writes a language and region with an underscore ("en_GB"). */
const localeOf = (site: SiteIdentity) => site.language.replace('-', '_');
/** The size every link-preview service crops from: OpenGraph's recommended 1.91:1. */
export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The link preview of a story's page. */
export function explainerLinkPreview(
  explainer: { headline: string; dek: string },
  site: SiteIdentity,
  urls: { page: string; image: string },
): LinkPreview {
  return {
    title: explainer.headline,
    description: explainer.dek,
    url: urls.page,
    type: 'article',
    siteName: site.name,
    locale: localeOf(site),
    image: { url: urls.image, alt: `${site.name}: ${explainer.headline}`, ...PREVIEW_IMAGE_SIZE },
  };
}

/** The link preview of one section's share page: its title and summary, and the story it belongs to. */
export function sectionLinkPreview(
  section: { title: string; summary: string; number: number; total: number },
  explainerHeadline: string,
  site: SiteIdentity,
  urls: { page: string; image: string },
): LinkPreview {
  return {
    title: section.title,
    description: section.summary,
    url: urls.page,
    type: 'article',
    siteName: site.name,
    locale: localeOf(site),
    image: {
      url: urls.image,
      alt: `Part ${section.number} of ${section.total}: “${section.title}”, from ${explainerHeadline}`,
      ...PREVIEW_IMAGE_SIZE,
    },
  };
}

/** The link preview of a glossary entry's page: its name, kind and definition. */
export function glossaryLinkPreview(
  entry: { term: string; kind: string; definition: string },
  site: SiteIdentity,
  urls: { page: string; image: string },
): LinkPreview {
  return {
    title: glossaryTitle(entry.term, site),
    description: entry.definition,
    url: urls.page,
    type: 'website',
    siteName: site.name,
    locale: localeOf(site),
    image: { url: urls.image, alt: `${entry.kind}: ${entry.term}. ${entry.definition}`, ...PREVIEW_IMAGE_SIZE },
  };
}

/** The title of a glossary entry's page: the name first, as a tab or a search result shows it, then the site's. */
export function glossaryTitle(term: string, site: SiteIdentity): string {
  return `${term} · ${site.name}`;
}
