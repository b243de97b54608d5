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

/**
 * Strict-Transport-Security for hosts that serve HTTPS (browsers ignore it over plain HTTP): a year, and no
 * `includeSubDomains`, which would bind other sites under the same domain.
 */
export const STRICT_TRANSPORT_SECURITY = 'Strict-Transport-Security: max-age=31536000';

/**
 * What the hosts that read `_headers` accept. Cloudflare Pages reads at most 100 rules and 2,000 characters a
 * line, and drops what lies past them (developers.cloudflare.com/pages/configuration/headers/, "Limits").
 */
export const HEADERS_LIMITS = { host: 'Cloudflare Pages', rules: 100, lineLength: 2000 } as const;

/** The policy most pages carry, which the `/*` rule gives every page. */
function sharedPolicy(policies: ReadonlyMap<string, string>): string | undefined {
  const counts = new Map<string, number>();
  for (const policy of policies.values()) counts.set(headerPolicy(policy), (counts.get(headerPolicy(policy)) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]?.[0];
}

/**
 * The `_headers` file: one `/*` rule with what every page shares (the policy most pages carry, and the other
 * headers), and a rule of its own only for a page whose policy differs. Hosts give a request every rule that
 * matches it, so a page's own rule first detaches the shared policy (`! Content-Security-Policy`, in Cloudflare
 * Pages' syntax) rather than adding a second one, which browsers would enforce too. One rule, whatever the number
 * of pages, while every page carries the same policy.
 */
export function headersFile(policies: ReadonlyMap<string, string>): string {
  const shared = sharedPolicy(policies);
  const common = [...(shared === undefined ? [] : [`Content-Security-Policy: ${shared}`]), ...COMMON_HEADERS, STRICT_TRANSPORT_SECURITY];
  const own = [...policies]
    .filter(([, policy]) => headerPolicy(policy) !== shared)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, policy]) => [path, '! Content-Security-Policy', `Content-Security-Policy: ${headerPolicy(policy)}`]);
  return [['/*', ...common], ...own]
    .map(([path, ...headers]) => [path, ...headers.map((header) => `  ${header}`)].join('\n'))
    .join('\n\n')
    .concat('\n');
}

/** How many rules a `_headers` file holds: each starts with its path, unindented. */
export function headersRuleCount(file: string): number {
  return file.split('\n').filter((line) => line.startsWith('/')).length;
}

/** What in a `_headers` file lies past the limits of HEADERS_LIMITS: too many rules, or lines too long. */
export function headersPastLimits(file: string): string[] {
  const lines = file.split('\n');
  const rules = headersRuleCount(file);
  const { host, rules: maxRules, lineLength } = HEADERS_LIMITS;
  return [
    ...(rules > maxRules ? [`${rules} rules, past the ${maxRules} that ${host} reads`] : []),
    ...lines.flatMap((line, index) =>
      line.length > lineLength ? [`line ${index + 1} is ${line.length} characters long, past the ${lineLength} that ${host} reads`] : [],
    ),
  ];
}
