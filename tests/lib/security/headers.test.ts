import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersFile, headersPastLimits, metaPolicyOf, withOwnHashesOnly } from '../../../src/lib/security/headers';

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

  it('gives pages whose policies differ only in their hashes one rule, with each hash once, and keeps a rule of its own for a page that differs in more', () => {
    const file = headersFile(
      new Map([
        ['/', "default-src 'self'; style-src 'self' 'sha256-b='"],
        ['/a/', "default-src 'self'; style-src 'self' 'sha256-a=' 'sha256-b='"],
        ['/b/', "default-src 'self'; style-src 'self'"],
        ['/c/', "default-src 'none'; style-src 'self' 'sha256-c='"],
      ]),
    );
    expect(file.split('\n').filter((line) => line.includes('Content-Security-Policy'))).toEqual([
      "  Content-Security-Policy: default-src 'self'; style-src 'self' 'sha256-a=' 'sha256-b='; frame-ancestors 'none'",
      '  ! Content-Security-Policy',
      "  Content-Security-Policy: default-src 'none'; style-src 'self' 'sha256-c='; frame-ancestors 'none'",
    ]);
    expect(file).toContain('\n/c/\n');
  });

  it("cuts a page's meta policy to the hashes of its own styles and the scripts it runs, and refuses a page it cannot read", async () => {
    const digest = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const style = 'p{color:red}';
    const data = '{"a":1}';
    const page = (policy: string) =>
      `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style>` +
      `<script type="application/ld+json">${data}</script></head><body><script type="module">run()</script></body></html>`;
    const policy = `default-src 'self';script-src 'self' ${digest('run()')} ${digest(data)} 'sha256-other='; style-src 'self' 'sha256-other=' ${digest(style)};`;
    expect(metaPolicyOf((await withOwnHashesOnly(page(policy))).html)).toBe(
      `default-src 'self'; script-src 'self' ${digest('run()')}; style-src 'self' ${digest(style)}`,
    );
    // Nothing else in the page changes.
    expect((await withOwnHashesOnly(page(policy))).html.replace(/content="[^"]*"/, '')).toBe(page(policy).replace(/content="[^"]*"/, ''));
    await expect(withOwnHashesOnly('<!DOCTYPE html><html><head></head></html>')).rejects.toThrow(/one <meta> tag/);
    await expect(withOwnHashesOnly(page('default-src &apos;self&apos;'))).rejects.toThrow(/without character references/);
  });

  it('fails past what Cloudflare Pages reads: 100 rules, 2,000 characters a line', () => {
    const pagesWithOwnPolicies = (count: number) =>
      headersFile(
        new Map([['/', "default-src 'self'"], ...Array.from({ length: count }, (_, i) => [`/p${i}/`, `default-src 'none' ${i}`] as const)]),
      );
    // The shared rule and 99 of their own: 100 rules, as many as Cloudflare Pages reads.
    expect(headersPastLimits(pagesWithOwnPolicies(99))).toEqual([]);
    expect(headersPastLimits(pagesWithOwnPolicies(100))).toEqual(['101 rules, past the 100 that Cloudflare Pages reads']);
    const longPolicy = headersFile(new Map([['/', `script-src ${Array.from({ length: 200 }, (_, i) => `'sha256-x${i}'`).join(' ')}`]]));
    expect(headersPastLimits(longPolicy)).toEqual([
      expect.stringMatching(/^line 2 is \d+ characters long, past the 2000 that Cloudflare Pages reads$/),
    ]);
  });
});
