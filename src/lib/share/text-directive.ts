/*
 * How a text directive ("text=prefix-,start,end,-suffix") is written, from its
 * parts: https://wicg.github.io/scroll-to-text-fragment/#syntax
 */

/** The parts of a text directive, unencoded. */
export interface Directive {
  prefix?: string | undefined;
  start: string;
  end?: string | undefined;
  suffix?: string | undefined;
}

/**
 * Percent-encodes one term of a text directive. Beyond what
 * encodeURIComponent escapes, the syntax reserves "-" (prefix and suffix
 * markers); "&" and "," are already escaped.
 */
export function encodeTextTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** "text=prefix-,start,end,-suffix", with the parts a directive has. */
export function formatDirective({ prefix, start, end, suffix }: Directive): string {
  const terms = [prefix === undefined ? '' : `${encodeTextTerm(prefix)}-,`, encodeTextTerm(start)];
  if (end !== undefined) terms.push(`,${encodeTextTerm(end)}`);
  if (suffix !== undefined) terms.push(`,-${encodeTextTerm(suffix)}`);
  return `text=${terms.join('')}`;
}
