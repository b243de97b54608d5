/** The URL of a module built as its own chunk, for `import()` on demand (src/integrations/lazy-chunk.ts). */
declare module 'lazy-chunk:*' {
  const url: string;
  export default url;
}

/** wink-porter2-stemmer ships no types: one function from a lower-case word to its Porter2 stem. */
declare module 'wink-porter2-stemmer' {
  export default function stem(word: string): string;
}
