/*
 * What makes a source's address acceptable: a full https URL, with the few
 * hosts that serve no https listed with their reason. The source schema
 * checks every address with it; it imports nothing, so that the schemas and
 * the library's checks can both stand on it without a cycle.
 */

/**
 * Hosts we cite over plain http because they serve no https; every other
 * source must be https. Each needs a reason.
 */
export const HTTP_ONLY_HOSTS: ReadonlyMap<string, string> = new Map([
  // The School of International Studies of Renmin University of China: every published link to it is http, and no
  // https address for its pages could be found (checked 2 December 2026).
  ['sis.ruc.edu.cn', 'serves its pages over http only'],
  // NETSTATE, whose page on Alaska's geography gives the state's geographic centre: its pages are published at http,
  // and no https address for them could be found (checked 7 December 2026).
  ['www.netstate.com', 'serves its pages over http only'],
]);

/** Why a source address is not acceptable, or undefined when it is: a full address, https unless its host has none. */
export function sourceUrlProblem(text: string): string | undefined {
  if (!URL.canParse(text) || text.trim() !== text) return `"${text}" is not a full web address: copy it from the browser's address bar.`;
  const url = new URL(text);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `"${text}" is not a web address (it starts with ${url.protocol}): write an https:// address.`;
  }
  if (!url.hostname.includes('.')) return `"${text}" has no real host name.`;
  if (url.protocol === 'http:' && !HTTP_ONLY_HOSTS.has(url.hostname)) {
    return `"${text}" is http: write https:// (the sites we cite offer it), or, if this site has no https, add its host to HTTP_ONLY_HOSTS in src/lib/base/source-url.ts with the reason.`;
  }
  return undefined;
}
