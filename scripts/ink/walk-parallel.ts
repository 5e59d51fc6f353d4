// Walks every preset of the story. (Sequential for now.)
import { PRESETS } from '../../src/debate/contract.ts';
import { walkStory, type WalkGraph } from './walk.ts';

export interface PresetWalks {
  graphs: WalkGraph[];
  states: number;
  seconds: number;
  presets: Record<string, { states: number; seconds: number }>;
  mode: string;
}

export async function walkPresets(json: string, presets: readonly string[] = PRESETS): Promise<PresetWalks> {
  const started = performance.now();
  const graphs = presets.map((preset) => walkStory(json, { preset }));
  return {
    graphs,
    states: graphs.reduce((n, g) => n + g.nodes.length, 0),
    seconds: (performance.now() - started) / 1000,
    presets: Object.fromEntries(graphs.map((g) => [g.preset ?? '', { states: g.nodes.length, seconds: g.seconds }])),
    mode: 'sequential',
  };
}
