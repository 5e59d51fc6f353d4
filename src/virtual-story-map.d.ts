// The story map, computed at build time by scripts/ink/vite-plugin-story-map.ts.
declare module 'virtual:story-map' {
  import type { StoryMap } from './debate/core/story-map.ts';
  const storyMap: StoryMap;
  export default storyMap;
}
declare module 'virtual:story-map/fa' {
  import type { StoryMap } from './debate/story-map.ts';
  const storyMap: StoryMap;
  export default storyMap;
}
