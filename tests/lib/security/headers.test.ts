import { describe, expect, it } from 'vitest';
import { headersFile, headersPastLimits } from '../../../src/lib/security/headers';

// The built site's own policies and _headers are checked in tests/quality/security.test.ts.
describe('the security headers', () => {
  it('gives a page whose policy differs a rule of its own, in a stable order, replacing the shared policy rather than adding to it', () => {
    const file = headersFile(
      new Map([
        ['/b/', "default-src 'none'"],
        ['/', "default-src 'self'"],
        ['/c/', "default-src 'self'"],
        ['/a/', "default-src 'none'; img-src 'self'"],
        ['/d/', "default-src 'self'"],
      ]),
    );
    expect(file).toBe(
      [
        '/*',
        "  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
        '  Strict-Transport-Security: max-age=31536000',
        '',
        '/a/',
        '  ! Content-Security-Policy',
        "  Content-Security-Policy: default-src 'none'; img-src 'self'; frame-ancestors 'none'",
        '',
        '/b/',
        '  ! Content-Security-Policy',
        "  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
        '',
      ].join('\n'),
    );
  });

  it('fails past what Cloudflare Pages reads: 100 rules, 2,000 characters a line', () => {
    const pagesWithOwnPolicies = (count: number) =>
      headersFile(
        new Map([['/', "default-src 'self'"], ...Array.from({ length: count }, (_, i) => [`/p${i}/`, `default-src 'none' ${i}`] as const)]),
      );
    // The shared rule and 99 of their own: 100 rules, as many as Cloudflare Pages reads.
    expect(headersPastLimits(pagesWithOwnPolicies(99))).toEqual([]);
    expect(headersPastLimits(pagesWithOwnPolicies(100))).toEqual(['101 rules, past the 100 that Cloudflare Pages reads']);
    const longPolicy = headersFile(new Map([['/', `script-src ${"'sha256-x' ".repeat(200)}`]]));
    expect(headersPastLimits(longPolicy)).toEqual([
      expect.stringMatching(/^line 2 is \d+ characters long, past the 2000 that Cloudflare Pages reads$/),
    ]);
  });
});
