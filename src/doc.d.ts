// Markdown documents read at build time (scripts/markdown/vite-plugin-doc.ts): importing one with
// `?doc` yields the game's document model, never Markdown.
declare module '*.md?doc' {
  import type { Doc } from './debate/documents/document.ts';
  const doc: Doc;
  export default doc;
}
