import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { headersFile, headersPastLimits } from '../../src/lib/security/headers';
import { type StaticSite, useBrowserSite } from '../support/browser';
import { distFiles, urlPathOf } from '../support/dist-files';
import { distDir } from '../../fixtures/paths';
import { builtPage } from '../support/site';

const pages = distFiles('.html').map(urlPathOf);

describe('the Content-Security-Policy', () => {
  for (const path of pages) {
    it(`${path} carries a policy that forbids inline scripts and allows WebAssembly only for search`, () => {
      const $ = builtPage(path);
      const policy = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc).toMatch(/^\s*script-src 'self'/);
      expect(policy).not.toContain("'unsafe-inline'");
      expect(policy).not.toContain("'unsafe-eval'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("default-src 'self'");
    });

    it(`${path} has no inline scripts and no inline event handlers`, () => {
      const $ = builtPage(path);
      // Data blocks (JSON, a story's JSON-LD) are never run, so the policy has nothing to allow for them.
      const DATA_BLOCKS = ['application/json', 'application/ld+json'];
      const inline = $('script:not([src])').filter((_, script) => !DATA_BLOCKS.includes($(script).attr('type') ?? ''));
      expect(inline.map((_, script) => $(script).html()?.slice(0, 80)).get()).toEqual([]);
      const handlers = $('*')
        .toArray()
        .flatMap((element) => Object.keys($(element).attr() ?? {}).filter((name) => name.startsWith('on')));
      expect(handlers).toEqual([]);
    });
  }

  it('is repeated in dist/_headers for hosts that read it, in one rule for every page, with frame-ancestors and the other headers added', () => {
    const file = readFileSync(join(distDir, '_headers'), 'utf8');
    const blocks = new Map(
      file
        .trim()
        .split('\n\n')
        .map((block) => {
          const [path, ...lines] = block.split('\n');
          return [path!, lines.map((line) => line.trim())];
        }),
    );
    const directives = (policy: string) =>
      policy
        .split(';')
        .map((directive) => directive.trim().replace(/\s+/g, ' '))
        .filter(Boolean);
    // Every page carries the same policy today, so the file is one rule, however many pages the site has.
    expect([...blocks.keys()]).toEqual(['/*']);
    const [csp, ...others] = blocks.get('/*')!;
    expect(csp).toMatch(/^Content-Security-Policy: /);
    expect(pages.length).toBeGreaterThan(60);
    for (const path of pages) {
      const meta = builtPage(path)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      expect(directives(csp!.replace('Content-Security-Policy: ', '')), path).toEqual([...directives(meta), "frame-ancestors 'none'"]);
    }
    expect(others).toEqual([
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
      'Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
      'Strict-Transport-Security: max-age=31536000',
    ]);
    expect(headersPastLimits(file)).toEqual([]);
  });

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

describe('privacy and CSP in the browser', () => {
  let browser: Browser;
  let site: StaticSite;
  useBrowserSite((live) => ({ browser, site } = live));

  for (const path of pages) {
    it(`${path} requests nothing from a third party and breaks no policy rule on load`, async () => {
      const page = await browser.newPage();
      const foreign: string[] = [];
      const violations: string[] = [];
      const inFlight = new Set<Request>();
      page.on('request', (request) => {
        inFlight.add(request);
        if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) foreign.push(request.url());
      });
      page.on('requestfinished', (request) => inFlight.delete(request));
      page.on('requestfailed', (request) => inFlight.delete(request));
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      // The page records each refusal itself too: a state to read, which the console only reports.
      await page.addInitScript(() => {
        const refused: string[] = [];
        Object.assign(window, { refused });
        document.addEventListener('securitypolicyviolation', (event) => refused.push(`${event.violatedDirective}: ${event.blockedURI}`));
      });
      await page.goto(`${site.origin}${path}`);
      // An old address forwards the reader at once: the check waits for the page it forwards to (the console heard both).
      const forward = /url=(.+)$/i.exec(builtPage(path)('meta[http-equiv="refresh"]').attr('content') ?? '')?.[1];
      if (forward) await page.waitForURL(new URL(forward, `${site.origin}${path}`).href);
      // Loaded, and every request the load started has settled (a refused one fails): nothing left that could break a rule.
      await expect.poll(() => inFlight.size, { message: `${path}: requests still in flight` }).toBe(0);
      expect(foreign, `${path}: foreign requests`).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { refused: string[] }).refused), `${path}: policy violations`).toEqual([]);
      expect(violations, `${path}: policy violations in the console`).toEqual([]);
      await page.close();
    });
  }
});
