// Builds the story map for teacher mode from the exhaustive walk: the walk's thousands of states
// collapse by position into the few dozen decisions a teacher reads, each with its choices, where
// they lead, and which endings stay reachable. Build-time only (the walk takes most of a minute on
// the full table); the game receives the result through the `virtual:story-map` module.
import { GRADES, PRESETS, type Grade, type Preset } from '../../src/debate/core/contract.ts';
import {
  figureOfSection,
  sectionOfPosition,
  storyOrder,
  STORY_MAP_FORMAT,
  type MapChoice,
  type MapDecision,
  type MapEnding,
  type MapLine,
  type PresetMap,
  type StoryMap,
} from '../../src/debate/core/story-map.ts';
import { parseChoiceTags, parseLineTags } from '../../src/debate/core/tags.ts';
import { Story } from 'inkjs';
import { walkStory, type WalkGraph, type WalkLine } from './walk.ts';
import { walkPresets } from './walk-parallel.ts';

/** How many lines of a section a decision shows as its lead-in. */
const LEAD_IN_LINES = 4;

export function buildStoryMap(json: string, storyHash: string, presets: readonly Preset[] = PRESETS): StoryMap {
  return {
    format: STORY_MAP_FORMAT,
    storyHash,
    presets: presets.map((preset) => mapFromWalk(walkStory(json, { preset }), preset)),
  };
}

/**
 * The same map, walked on every core (walk-parallel.ts gives the very graphs walkStory gives), with
 * progress reported as states are found: a cold build shows it is working, not hung.
 */
export async function buildStoryMapInParallel(
  json: string,
  storyHash: string,
  onProgress?: (preset: string | undefined, states: number) => void,
  presets: readonly Preset[] = PRESETS,
): Promise<StoryMap> {
  const walked = await walkPresets(json, presets, undefined, onProgress);
  return { format: STORY_MAP_FORMAT, storyHash, presets: presets.map((preset, i) => mapFromWalk(walked.graphs[i] as WalkGraph, preset)) };
}

const sortGrades = (grades: Iterable<Grade>) => [...new Set(grades)].sort((a, b) => GRADES.indexOf(a) - GRADES.indexOf(b));

function toMapLine(line: WalkLine): MapLine {
  const tags = parseLineTags(line.tags).value;
  return { speaker: tags.speaker ?? 'narrator', text: line.text, sources: tags.sources, dramatized: tags.dramatized };
}

export function mapFromWalk(graph: WalkGraph, preset: Preset): PresetMap {
  const nodes = graph.nodes;
  const root = nodes[0];
  if (!root) throw new Error('The walk found no states.');

  // Shortest distance (in choices) from the start, for ordering.
  const depth = new Array<number>(nodes.length).fill(Infinity);
  depth[0] = 0;
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const id = queue[q] as number;
    for (const c of nodes[id]?.choices ?? []) {
      if (c.target >= 0 && depth[c.target] === Infinity) {
        depth[c.target] = (depth[id] as number) + 1;
        queue.push(c.target);
      }
    }
  }

  // Endings reachable from each node: propagate backwards until nothing changes.
  const endingIds = [...new Set(nodes.flatMap((n) => (n.end && n.ending ? [n.ending] : [])))].sort();
  const reach = nodes.map((n) => new Set<string>(n.end && n.ending ? [n.ending] : []));
  for (let changed = true; changed; ) {
    changed = false;
    for (let id = nodes.length - 1; id >= 0; id--) {
      const mine = reach[id] as Set<string>;
      for (const c of nodes[id]?.choices ?? []) {
        if (c.target < 0) continue;
        for (const e of reach[c.target] as Set<string>) {
          if (!mine.has(e)) {
            mine.add(e);
            changed = true;
          }
        }
      }
    }
  }

  // Group decision states by position.
  const groups = new Map<string, number[]>();
  for (const n of nodes) {
    if (n.end) continue;
    const list = groups.get(n.position) ?? [];
    list.push(n.id);
    groups.set(n.position, list);
  }
  const positions = [...groups.keys()];
  const minDepth = (p: string) => Math.min(...(groups.get(p) ?? []).map((id) => depth[id] as number));

  // Story order: sections in the order play moves through them, then positions within a section.
  const sections = [...new Set(positions.map(sectionOfPosition))];
  const sectionBefore = new Map<string, Set<string>>();
  const positionBefore = new Map<string, Set<string>>();
  // Each lead-in remembers the first run that spoke it (the node and choice; none for the opening)
  // and which of that run's lines it shows, so another language's words can be replayed into it.
  type LeadIn = { count: number; lines: number[]; at: number[]; via?: { node: number; choice: number }; after?: string };
  const leadIns = new Map<string, Map<string, LeadIn>>();
  const lastLines = (lines: number[], section: string) => {
    const all = lines.map((_, i) => i);
    const inSection = all.filter((i) => (graph.lines[lines[i] as number]?.path ?? '').split('.')[0] === section);
    return (inSection.length > 0 ? inSection : all).slice(-LEAD_IN_LINES);
  };
  const noteLeadIn = (position: string, lines: number[], via?: { node: number; choice: number }, after?: string) => {
    const section = sectionOfPosition(position);
    const at = lastLines(lines, section);
    const picked = at.map((i) => lines[i] as number);
    const key = `${picked.join(',')}|${after ?? ''}`;
    const seen = leadIns.get(position) ?? new Map<string, LeadIn>();
    const entry = seen.get(key) ?? { count: 0, lines: picked, at, ...(via && { via }), ...(after && { after }) };
    entry.count++;
    seen.set(key, entry);
    leadIns.set(position, seen);
  };
  noteLeadIn(root.position, graph.openingLines);
  for (const n of nodes) {
    if (n.end) continue;
    const from = sectionOfPosition(n.position);
    for (const c of n.choices) {
      const target = nodes[c.target];
      if (!target || target.end) continue;
      const to = sectionOfPosition(target.position);
      if (to !== from) (sectionBefore.get(from) ?? sectionBefore.set(from, new Set()).get(from))?.add(to);
      else if (target.position !== n.position) (positionBefore.get(n.position) ?? positionBefore.set(n.position, new Set()).get(n.position))?.add(target.position);
      const move = to === from ? parseChoiceTags(c.tags).value.move : undefined;
      noteLeadIn(target.position, c.lines, { node: n.id, choice: c.index }, move);
    }
  }
  /** The choices from the start that reach `node` (the way the walk first found it). */
  const pathTo = (node: number): number[] => {
    const path: number[] = [];
    for (let n = nodes[node]; n?.parent; n = nodes[n.parent.node]) path.unshift(n.parent.choice);
    return path;
  };
  const sectionRank = (s: string) => Math.min(...positions.filter((p) => sectionOfPosition(p) === s).map(minDepth));
  const orderedSections = storyOrder(sections, sectionBefore, sectionRank);
  const ordered = orderedSections.flatMap((s) =>
    storyOrder(positions.filter((p) => sectionOfPosition(p) === s), positionBefore, minDepth),
  );
  const idOf = new Map(ordered.map((p, i) => [p, `d${i}`]));

  const endings = new Map<string, MapEnding>(
    endingIds.map((id) => [id, { id, states: nodes.filter((n) => n.end && n.ending === id).length, from: [] }]),
  );

  const decisions: MapDecision[] = ordered.map((position) => {
    const ids = groups.get(position) as number[];
    const first = nodes[ids[0] as number];
    if (!first) throw new Error(`No state at ${position}`);
    const section = sectionOfPosition(position);
    const figure = figureOfSection(section);
    const id = idOf.get(position) as string;
    const choices: MapChoice[] = first.choices.map((choice) => {
      const tags = parseChoiceTags(choice.tags).value;
      const grades: Grade[] = [];
      const leadsTo = new Set<string>();
      const ends = new Set<string>();
      const reachable = new Set<string>();
      for (const nodeId of ids) {
        const c = nodes[nodeId]?.choices[choice.index];
        if (!c) continue;
        const grade = c.lines.map((l) => parseLineTags(graph.lines[l]?.tags).value.grade).find((g) => g !== undefined);
        if (grade) grades.push(grade);
        const target = nodes[c.target];
        if (!target) continue;
        for (const e of reach[c.target] as Set<string>) reachable.add(e);
        if (target.end) {
          if (target.ending) ends.add(target.ending);
        } else {
          leadsTo.add(idOf.get(target.position) as string);
        }
      }
      for (const e of ends) endings.get(e)?.from.push({ decision: id, choice: choice.index });
      return {
        index: choice.index,
        text: choice.text.trim(),
        move: tags.move ?? 'continue',
        ...(tags.card && { card: tags.card }),
        grades: sortGrades(grades),
        leadsTo: [...leadsTo].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))),
        ends: [...ends].sort(),
        reachable: [...reachable].sort(),
      };
    });
    const leadIn = [...(leadIns.get(position)?.values() ?? [])].sort((a, b) => b.count - a.count)[0];
    const after = leadIn?.after ?? [...(leadIns.get(position)?.values() ?? [])].find((l) => l.after)?.after;
    return {
      id,
      position,
      section,
      ...(figure && { figure }),
      ...(after && { after: after as MapDecision['after'] }),
      leadIn: (leadIn?.lines ?? []).flatMap((l) => (graph.lines[l] ? [toMapLine(graph.lines[l])] : [])),
      states: ids.length,
      choices,
      reachable: [...new Set(ids.flatMap((nodeId) => [...(reach[nodeId] as Set<string>)]))].sort(),
      replay: {
        choices: pathTo(first.id),
        leadIn: { path: leadIn?.via ? [...pathTo(leadIn.via.node), leadIn.via.choice] : [], lines: leadIn?.at ?? [] },
      },
    };
  });

  return {
    preset,
    start: idOf.get(root.position) as string,
    decisions,
    endings: [...endings.values()],
    states: nodes.length,
  };
}

/** The map as the game ships it: without the build-time replay paths. */
export function withoutReplay(map: StoryMap): StoryMap {
  return { ...map, presets: map.presets.map((p) => ({ ...p, decisions: p.decisions.map(({ replay: _replay, ...d }) => d) })) };
}

/**
 * The same map in another language: `json` is the translated story (the same program with other
 * words, as the story check proves), replayed along each decision's paths to read its words. Fails,
 * naming the decision, if the translation does not speak the same lines or offer the same choices.
 */
export function translateStoryMap(map: StoryMap, json: string): StoryMap {
  const story = new Story(json);
  story.state.storySeed = 1;
  const presets = map.presets.map((presetMap) => {
    story.ResetState();
    story.state.storySeed = 1;
    if (story.variablesState.GlobalVariableExistsWithName('preset')) story.variablesState.$('preset', presetMap.preset);
    const start = story.state.ToJson();
    const globalTags = new Set(story.globalTags ?? []);
    /** Plays `path` from the start; returns the lines of its last run, as the walk counts them. */
    const replay = (path: readonly number[]): WalkLine[] => {
      story.state.LoadJson(start);
      let spoken: WalkLine[] = [];
      const run = (first: boolean) => {
        spoken = [];
        while (story.canContinue) {
          const text = story.Continue() ?? '';
          const tags = (story.currentTags ?? []).filter((t) => !(first && globalTags.has(t)));
          first = false;
          if (text.trim() === '' && tags.length === 0) continue;
          spoken.push({ text: text.trim(), tags, path: '' });
        }
      };
      run(true);
      for (const choice of path) {
        story.ChooseChoiceIndex(choice);
        run(false);
      }
      return spoken;
    };
    const decisions = presetMap.decisions.map((d): MapDecision => {
      if (!d.replay) throw new Error(`The story map's decision ${presetMap.preset} ${d.id} has no replay path: rebuild the map.`);
      const lines = replay(d.replay.leadIn.path);
      const leadIn = d.leadIn.map((line, i) => {
        const spoken = lines[d.replay?.leadIn.lines[i] ?? -1];
        if (!spoken) throw new Error(`The translation does not speak line ${i + 1} of the lead-in to ${presetMap.preset} ${d.id} (${d.section}).`);
        return { ...line, text: spoken.text };
      });
      replay(d.replay.choices);
      const offered = story.currentChoices;
      if (offered.length !== d.choices.length) throw new Error(`The translation offers ${offered.length} choices at ${presetMap.preset} ${d.id} (${d.section}), not ${d.choices.length}.`);
      const choices = d.choices.map((c) => ({ ...c, text: (offered[c.index]?.text ?? '').trim() }));
      return { ...d, leadIn, choices };
    });
    return { ...presetMap, decisions };
  });
  return { ...map, presets };
}
