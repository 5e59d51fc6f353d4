// Ink stories compile at build time (scripts/ink/vite-plugin-ink.ts): importing one yields the
// compiled JSON and the hash that stamps saves and links to this story build.
declare module '*.ink' {
  const json: string;
  export default json;
  export const storyHash: string;
  /** The story's global tags, read at build time. */
  export const storyGlobalTags: string[];
}
