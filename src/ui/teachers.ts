// "For teachers": how to run a lesson with the game, and the source sheet.
import type { Paragraph } from '../debate/article.ts';
import { openDialog, type DialogHandle } from './dialogs.ts';
import { h } from './dom.ts';
import { sourceSheet } from './sources.ts';

export function openTeachers(article: ReadonlyMap<string, Paragraph>): DialogHandle {
  return openDialog(
    'For teachers',
    h(
      'div',
      { class: 'prose' },
      h('p', { text: 'The Round Table stages a real debate from an IRNA article. Students answer six public figures who oppose negotiating with the US, using the counterpoints of the expert Mehdi Motaharnia, and learn to tell a sound argument from a fallacy on every side, the expert’s included.' }),
      h('h3', { text: 'Running a lesson' }),
      h('ul', {},
        h('li', { text: 'The short table (three opponents) fits a 10-minute slot; the full table takes about 20 minutes.' }),
        h('li', { text: 'Nothing leaves the device and no account is needed. Saves stay in the browser.' }),
        h('li', { text: 'After the ending, the debrief lists each exchange with its grade and the principle behind it.' }),
      ),
      h('h3', { text: 'Source sheet' }),
      sourceSheet(article),
    ),
  );
}
