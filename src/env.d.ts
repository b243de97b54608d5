/** The URL of a module built as its own chunk, for `import()` on demand (src/integrations/lazy-chunk.ts). */
declare module 'lazy-chunk:*' {
  const url: string;
  export default url;
}
