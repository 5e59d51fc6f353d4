// The debrief: exchange by exchange, the move the player made, its grade and why.
import type { Paragraph } from '../debate/article.ts';
import type { StoryTable } from '../debate/cast.ts';
import { speakerName } from '../debate/cast.ts';
import type { DebateEngine } from '../debate/engine.ts';
import type { LineEvent } from '../debate/events.ts';
import { openDialog, type DialogHandle } from './dialogs.ts';
import { h } from './dom.ts';

export function openDebrief(engine: DebateEngine, cast: StoryTable, _article: ReadonlyMap<string, Paragraph>): DialogHandle {
  const list = h('ol', { class: 'prose' });
  const steps = engine.history;
  steps.forEach((step, i) => {
    if (step.chosen === undefined) return;
    const choice = step.beat.choices?.choices[step.chosen];
    const graded = steps[i + 1]?.beat.events.find((e): e is LineEvent => e.type === 'line' && !!e.grade);
    if (!choice || !graded?.grade) return;
    list.append(
      h('li', {},
        h('strong', { text: `${speakerName(cast, graded.speaker)}: ` }),
        `you chose “${choice.text}” (${cast.moves[choice.move] ?? choice.move}). Grade: ${graded.grade}. `,
        graded.why ? `Why: ${graded.why.text} (${graded.why.sources.join(', ')})` : '',
      ),
    );
  });
  if (list.childElementCount === 0) list.append(h('li', { text: 'No graded moves yet.' }));
  return openDialog('Debrief', list);
}
