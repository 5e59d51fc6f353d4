// npm run story:check: compiles story/main.ink, lints every reachable line and choice against the
// tag contract, walks every reachable state of both presets and reports. Exits 1 on any problem.
// The last line of output is one JSON object with the figures (see README, "The story check").
import { PRESETS } from '../src/debate/core/contract.ts';
import { STORY_MAP_FORMAT } from '../src/debate/core/story-map.ts';
import { checkStory, defaultCheckOptions } from './ink/check.ts';
import { compileInkFile } from './ink/compile.ts';
import { compareWithWalk } from './ink/parity.ts';
import { mapFromWalk } from './ink/story-map.ts';
import { DEFAULT_CACHE_DIR, saveStoryMap } from './ink/vite-plugin-story-map.ts';

const args = process.argv.slice(2);
// --deep: also replay every edge of the walk on each translation in lockstep with the English (the
// same proof as the compiled-program comparison, by running both; about a minute, so not default).
const deep = args.includes('--deep');
const main = args.find((a) => !a.startsWith('--')) ?? 'story/main.ink';
const options = defaultCheckOptions();
const result = await checkStory(main, options);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

for (const r of result.presets) {
  console.log(`\n${r.preset} table: ${r.summary.states} states, ${r.summary.decisions} decisions, walked in ${r.seconds.toFixed(1)} s`);
  console.log(`  ${'ending'.padEnd(24)} ${'end states'.padStart(10)} ${'random play'.padStart(12)}`);
  const ids = new Set([...Object.keys(r.summary.endings), ...Object.keys(r.random.endings)]);
  for (const id of [...ids].sort()) {
    console.log(`  ${id.padEnd(24)} ${String(r.summary.endings[id] ?? 0).padStart(10)} ${pct(r.random.endings[id] ?? 0).padStart(12)}`);
  }
  console.log(`  words read along a random path (lines and every choice shown): median ${r.random.words.median}, 90th percentile ${r.random.words.p90}`);
  console.log(`  decisions along a random path: median ${r.random.decisions.median}, 90th percentile ${r.random.decisions.p90}`);
}
if (result.presets.length > 0) {
  console.log('\ncard grades (against how many of the six opponents each card earns each grade):');
  for (const [card, g] of Object.entries(result.json.cards)) {
    console.log(`  ${card.padEnd(20)} strong ${g.strong}  partial ${g.partial}  weak ${g.weak}  backfire ${g.backfire}`);
  }
}
for (const [label, t] of Object.entries(result.json.translations ?? {})) {
  console.log(`\ntranslation ${label}: compiled, compared with the English program and linted in ${t.seconds.toFixed(1)} s (${t.pieces} pieces of text)`);
}
if (deep && result.graphs.length > 0) {
  const english = compileInkFile(main).json;
  for (const t of options.translations ?? []) {
    const translated = compileInkFile(t.mainFile).json;
    for (const graph of result.graphs) {
      const replay = compareWithWalk(english, translated, graph, t.label);
      console.log(`deep: ${t.label} replayed along the ${graph.preset ?? 'default'} walk in ${replay.seconds.toFixed(1)} s: ${replay.problems.length} difference(s)`);
      result.problems.push(...replay.problems);
      if (replay.problems.length > 0) result.ok = false;
    }
  }
}
for (const w of result.warnings) console.log(`warning: ${w}`);
if (!result.ok) {
  console.error(`\nstory check failed: ${result.problems.length} problem(s)`);
  for (const p of result.problems.slice(0, 200)) console.error(`  ${p}`);
}
// The build's teacher-mode map is this walk: cache it, so the build that follows need not walk again.
if (result.ok && result.storyHash && result.graphs.length === PRESETS.length) {
  const presets = PRESETS.map((preset, i) => mapFromWalk(result.graphs[i]!, preset));
  saveStoryMap(DEFAULT_CACHE_DIR, { format: STORY_MAP_FORMAT, storyHash: result.storyHash, presets }, (m) => console.log(m));
}
console.log(JSON.stringify({ ...result.json, presets: undefined }));
process.exit(result.ok ? 0 : 1);
