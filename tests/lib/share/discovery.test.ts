import { describe, expect, it } from 'vitest';
import { robotsTxt, withoutRedirects } from '../../../src/lib/share/discovery';

describe('the sitemap and robots.txt', () => {
  it('leave a renamed section’s redirect page out of the sitemap, and keep its page of today', () => {
    const listed = withoutRedirects(['/sco-2025/s/part-4/', '/s/old-close/']);
    expect(listed('https://news.example/sco-2025/s/part-4/')).toBe(false);
    expect(listed('https://news.example/s/old-close/')).toBe(false);
    expect(listed('https://news.example/sco-2025/s/close-rapport/')).toBe(true);
    expect(listed('https://news.example/')).toBe(true);
  });

  it('point crawlers at the sitemap by its full address', () => {
    expect(robotsTxt(new URL('https://news.example/'))).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://news.example/sitemap-index.xml\n',
    );
  });
});
