import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';

/** Headers every page gets from a static host that reads a `_headers` file (Netlify, Cloudflare Pages). */
const COMMON_HEADERS = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
];

/** Reads the Content-Security-Policy that Astro put in a page's `<meta>` tag. */
export function metaPolicyOf(html: string): string | undefined {
  const content = select('meta[http-equiv="content-security-policy" i]', fromHtml(html))?.properties['content'];
  return typeof content === 'string' ? content : undefined;
}

/**
 * Turns one page's meta policy into the policy a header can carry: the same
 * directives, plus those that only work as a header (`frame-ancestors`).
 */
export function headerPolicy(metaPolicy: string): string {
  const directives = metaPolicy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return [...directives, "frame-ancestors 'none'"].join('; ');
}

/** The `_headers` file: one block per page path with that page's policy, in a stable order. */
export function headersFile(policies: ReadonlyMap<string, string>): string {
  return [...policies]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, policy]) =>
      [path, `  Content-Security-Policy: ${headerPolicy(policy)}`, ...COMMON_HEADERS.map((header) => `  ${header}`)].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}
