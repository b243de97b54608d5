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

/** The site's name, as its header shows it. */
export const SITE_NAME = 'SCO 2025 explained';
const LOCALE = 'en_GB';
/** The size every link-preview service crops from: OpenGraph's recommended 1.91:1. */
export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The link preview of the explainer page itself. */
export function explainerLinkPreview(explainer: { headline: string; dek: string }, urls: { page: string; image: string }): LinkPreview {
  return {
    title: explainer.headline,
    description: explainer.dek,
    url: urls.page,
    type: 'article',
    siteName: SITE_NAME,
    locale: LOCALE,
    image: { url: urls.image, alt: `${SITE_NAME}: ${explainer.headline}`, ...PREVIEW_IMAGE_SIZE },
  };
}

/** The link preview of one section's share page: its title and summary, and the explainer it belongs to. */
export function sectionLinkPreview(
  section: { title: string; summary: string; number: number; total: number },
  explainerHeadline: string,
  urls: { page: string; image: string },
): LinkPreview {
  return {
    title: section.title,
    description: section.summary,
    url: urls.page,
    type: 'article',
    siteName: SITE_NAME,
    locale: LOCALE,
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
  urls: { page: string; image: string },
): LinkPreview {
  return {
    title: `${entry.term} · SCO 2025 glossary`,
    description: entry.definition,
    url: urls.page,
    type: 'website',
    siteName: SITE_NAME,
    locale: LOCALE,
    image: { url: urls.image, alt: `${entry.kind}: ${entry.term}. ${entry.definition}`, ...PREVIEW_IMAGE_SIZE },
  };
}
