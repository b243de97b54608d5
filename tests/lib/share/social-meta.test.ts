import { describe, expect, it } from 'vitest';
import { explainerLinkPreview, linkPreviewTags, sectionLinkPreview } from '../../../src/lib/share/social-meta';

const SITE = { name: 'SCO 2025 explained', language: 'en-GB' };

describe('link previews', () => {
  it('writes OpenGraph tags as properties and Twitter tags as names', () => {
    const preview = explainerLinkPreview({ headline: 'Headline', dek: 'Dek.' }, SITE, {
      page: 'https://x.org/',
      image: 'https://x.org/og/sco-2025.png',
    });
    const tags = linkPreviewTags(preview);
    expect(tags).toContainEqual({ attribute: 'property', key: 'og:image', content: 'https://x.org/og/sco-2025.png' });
    expect(tags).toContainEqual({ attribute: 'property', key: 'og:image:width', content: '1200' });
    expect(tags).toContainEqual({ attribute: 'name', key: 'twitter:card', content: 'summary_large_image' });
    expect(tags.every((tag) => (tag.key.startsWith('og:') ? tag.attribute === 'property' : tag.attribute === 'name'))).toBe(true);
  });

  it('describes a section preview image by its place, title and explainer', () => {
    const preview = sectionLinkPreview({ title: 'Close rapport', summary: 'A banquet.', number: 3, total: 8 }, 'The explainer', SITE, {
      page: 'https://x.org/s/close-rapport/',
      image: 'https://x.org/og/sco-2025/s/close-rapport.png',
    });
    expect(preview.image.alt).toBe('Part 3 of 8: “Close rapport”, from The explainer');
    expect(preview.description).toBe('A banquet.');
  });
});
