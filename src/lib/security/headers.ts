import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** Headers every page gets from a static host that reads a `_headers` file (Netlify, Cloudflare Pages). */
const COMMON_HEADERS = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
];

/** The Content-Security-Policy of a parsed page's `<meta>` tag. */
function metaPolicyIn(tree: ReturnType<typeof fromHtml>): string | undefined {
  const content = select('meta[http-equiv="content-security-policy" i]', tree)?.properties['content'];
  return typeof content === 'string' ? content : undefined;
}

/** Reads the Content-Security-Policy that Astro put in a page's `<meta>` tag. */
export function metaPolicyOf(html: string): string | undefined {
  return metaPolicyIn(fromHtml(html));
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

/** A hash source ('sha256-…'): what lets one inline block run or apply. */
const HASH_SOURCE = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/]+={0,2}'$/;

/** A policy as its directives, each as its name and sources, spaces normalised. */
function directivesOf(policy: string): string[][] {
  return policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter((directive) => directive[0] !== '');
}

/** What a policy allows besides its hashes: pages whose policies differ only in their hashes share a rule. */
function shapeOf(policy: string): string {
  return directivesOf(policy)
    .map((directive) => directive.filter((source) => !HASH_SOURCE.test(source)).join(' '))
    .join('; ');
}

/**
 * The policy that the `/*` rule gives every page, from the pages' header policies (`shapes` gives each distinct one
 * its shape): that of the shape most pages carry, with the hashes of every page of that shape. A page's own meta
 * policy, which browsers enforce beside the header, still allows only its own blocks.
 */
function sharedPolicy(pagePolicies: readonly string[], shapes: ReadonlyMap<string, string>): string | undefined {
  const counts = new Map<string, number>();
  for (const policy of pagePolicies) counts.set(shapes.get(policy)!, (counts.get(shapes.get(policy)!) ?? 0) + 1);
  const shape = [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]?.[0];
  if (shape === undefined) return undefined;
  const hashes = new Map<string, Set<string>>();
  for (const [policy, itsShape] of shapes) {
    if (itsShape !== shape) continue;
    for (const [name, ...sources] of directivesOf(policy)) {
      for (const source of sources.filter((each) => HASH_SOURCE.test(each)))
        hashes.set(name!, (hashes.get(name!) ?? new Set()).add(source));
    }
  }
  return directivesOf(shape)
    .map(([name, ...sources]) => [name, ...sources, ...[...(hashes.get(name!) ?? [])].sort()].join(' '))
    .join('; ');
}

/** The inline blocks that a page's policy must allow: its `<style>` elements and the scripts it runs (not data blocks). */
function inlineBlocks(tree: ReturnType<typeof fromHtml>): string[] {
  const runs = (type: unknown) => type === undefined || type === '' || type === 'module' || /javascript/i.test(String(type));
  return selectAll('style, script:not([src])', tree)
    .filter((element) => element.tagName === 'style' || runs(element.properties['type']))
    .map((element) => toString(element));
}

/**
 * The page with its meta policy cut to the hashes of its own inline blocks, and that policy. Astro lists in every
 * page the hashes of every stylesheet and script it built, inlined anywhere or in no page at all (since each page
 * carries only its own styles, 17 of them in each): bytes that allow nothing on the page, and that would make each
 * page's policy differ. The page is parsed once: the build runs this on every page of every story.
 */
export async function withOwnHashesOnly(html: string): Promise<{ html: string; policy: string }> {
  const tree = fromHtml(html);
  const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/gi)];
  const policy = metaPolicyIn(tree);
  if (metas.length !== 1 || policy === undefined || metas[0]![1] !== policy) {
    throw new Error('a page must carry its Content-Security-Policy in one <meta> tag as Astro writes it, without character references');
  }
  const blocks = inlineBlocks(tree);
  const algorithms = new Set(
    directivesOf(policy).flatMap((directive) => directive.flatMap((source) => HASH_SOURCE.exec(source)?.[1] ?? [])),
  );
  const own = new Set<string>();
  for (const algorithm of algorithms) {
    for (const block of blocks) {
      const digest = await crypto.subtle.digest(`SHA-${algorithm.slice(3)}`, new TextEncoder().encode(block));
      own.add(`'${algorithm}-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`);
    }
  }
  const trimmed = directivesOf(policy)
    .map((directive) => directive.filter((source) => !HASH_SOURCE.test(source) || own.has(source)).join(' '))
    .join('; ');
  return { html: html.replace(metas[0]![0], metas[0]![0].replace(policy, trimmed)), policy: trimmed };
}

/**
 * The `_headers` file: one `/*` rule with what every page shares (the policy most pages carry, with the hashes of
 * each, and the other headers), and a rule of its own only for a page whose policy differs in more than its hashes.
 * Hosts give a request every rule that matches it, so a page's own rule first detaches the shared policy
 * (`! Content-Security-Policy`, in Cloudflare Pages' syntax) rather than adding a second one, which browsers would
 * enforce too. One rule, whatever the number of pages, while every page's policy differs only in its hashes.
 */
export function headersFile(policies: ReadonlyMap<string, string>): string {
  const pagePolicies = [...policies.values()].map(headerPolicy);
  // Each distinct policy's shape, worked out once.
  const shapes = new Map([...new Set(pagePolicies)].map((policy) => [policy, shapeOf(policy)]));
  const shared = sharedPolicy(pagePolicies, shapes);
  const common = [...(shared === undefined ? [] : [`Content-Security-Policy: ${shared}`]), ...COMMON_HEADERS, STRICT_TRANSPORT_SECURITY];
  const sharedShape = shared === undefined ? undefined : shapeOf(shared);
  const own = [...policies]
    .map(([path, policy]) => [path, headerPolicy(policy)] as const)
    .filter(([, policy]) => shapes.get(policy) !== sharedShape)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, policy]) => [path, '! Content-Security-Policy', `Content-Security-Policy: ${policy}`]);
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
