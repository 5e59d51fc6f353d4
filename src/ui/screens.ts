// Full-screen panels over the stage: the title menu and the ending. Real buttons, in reading order.
import type { StoryTable } from '../debate/cast.ts';
import type { Meters, TableState } from '../debate/events.ts';
import { STANCE_LOOK } from '../game/presenter.ts';
import { clear, h } from './dom.ts';
import { runCodeBox, studentNameField, type StudentNameStore } from './student-name.ts';
import { TITLE_WORDS } from './words.ts';

export interface TitleActions {
  start(preset: 'full' | 'short'): void;
  continueSaved(): void;
  settings(): void;
  sources(): void;
  teachers(): void;
  /** The branch map of every run on this machine. */
  branchMap?(): void;
  /** Saved debates: load a slot, move saves between computers, what was set aside. */
  savedDebates?(): void;
  /** The optional 2-minute sound-or-fallacy check, before playing. */
  check?(): void;
  /** The privacy statement. */
  privacy?(): void;
}

export class Screen {
  constructor(private readonly root: HTMLElement) {}

  hide(): void {
    clear(this.root);
    this.root.hidden = true;
  }

  /**
   * `finished`: the title of the ending the autosaved debate reached, when it is over: Continue
   * then says it shows that ending, and the tables below are the way to play again.
   */
  showTitle(title: string, hasSave: boolean, actions: TitleActions, student?: StudentNameStore, finished: string | null = null): void {
    clear(this.root);
    const option = (label: string, hint: string, onClick: () => void, primary = false) =>
      h(
        'button',
        { class: primary ? 'primary' : '', attrs: { type: 'button' }, on: { click: onClick } },
        h('strong', { text: label }),
        h('span', { class: 'button__hint', text: hint }),
      );
    const buttons = [
      hasSave
        ? finished
          ? option(TITLE_WORDS.seeEnding, TITLE_WORDS.seeEndingHint(finished), () => actions.continueSaved(), true)
          : option('Continue', 'Pick up the debate where you left it', () => actions.continueSaved(), true)
        : null,
      option('The full table', 'Six opponents, then two more voices: about 20 minutes', () => actions.start('full'), !hasSave),
      option('The short table', 'Three opponents, then two more voices: about 12 minutes', () => actions.start('short')),
      actions.check ? option('Take the 2-minute check first', 'Optional: ten statements from the article, sound or fallacy?', () => actions.check?.()) : null,
    ];
    const row = h(
      'div',
      { class: 'screen__row' },
      actions.savedDebates ? h('button', { text: 'Saved debates', attrs: { type: 'button' }, on: { click: () => actions.savedDebates?.() } }) : null,
      h('button', { text: 'Settings', attrs: { type: 'button' }, on: { click: () => actions.settings() } }),
      h('button', { text: 'About the source', attrs: { type: 'button' }, on: { click: () => actions.sources() } }),
      h('button', { text: 'For teachers', attrs: { type: 'button' }, on: { click: () => actions.teachers() } }),
      actions.branchMap ? h('button', { text: 'Branch map', attrs: { type: 'button' }, on: { click: () => actions.branchMap?.() } }) : null,
      actions.privacy ? h('button', { text: 'Privacy', attrs: { type: 'button' }, on: { click: () => actions.privacy?.() } }) : null,
    );
    this.root.append(
      h(
        'div',
        { class: 'screen__panel', attrs: { role: 'region', 'aria-labelledby': 'title-heading' } },
        h('h2', { class: 'screen__title', id: 'title-heading', text: title }),
        h('p', {
          class: 'screen__subtitle',
          text: 'A televised round table on whether Iran should negotiate with the US, staged from an IRNA article. Six public figures argue against talks; you answer them with the counterpoints of the expert Mehdi Motaharnia.',
        }),
        h('div', { class: 'screen__actions' }, ...buttons, row),
        student ? studentNameField(student) : null,
      ),
    );
    this.root.hidden = false;
    (this.root.querySelector('button') as HTMLButtonElement | null)?.focus();
  }

  showEnding(
    cast: StoryTable,
    ending: { id: string; title: string; epilogue: string[]; runCode?: string },
    state: Pick<TableState, 'stances' | 'seats'> & { meters: Meters },
    actions: { playAgain(): void; debrief(): void; title(): void; branchMap?(): void; share?(): void; transcript?(): void; check?(): void },
  ): void {
    clear(this.root);
    const stances = h('ul', { class: 'ending__stances' });
    for (const id of state.seats) {
      const stance = state.stances[id];
      if (!stance) continue;
      stances.append(h('li', { text: `${cast.speakers[id]?.name ?? id}: ${STANCE_LOOK[stance].word}` }));
    }
    const button = (text: string, onClick: () => void, primary = false) =>
      h('button', { class: primary ? 'primary' : '', text, attrs: { type: 'button' }, on: { click: onClick } });
    this.root.append(
      h(
        'div',
        { class: 'screen__panel screen__panel--ending', attrs: { role: 'region', 'aria-labelledby': 'ending-heading' } },
        h('p', { class: 'screen__subtitle', text: 'The verdict' }),
        h('h2', { class: 'screen__title', id: 'ending-heading', text: ending.title }),
        h(
          'div',
          { class: 'ending__body' },
          h('div', { class: 'ending__verdict' }, ...ending.epilogue.map((p) => h('p', { text: p }))),
          h(
            'section',
            { class: 'ending__room', attrs: { 'aria-labelledby': 'ending-room' } },
            h('h3', { id: 'ending-room', text: 'Where the room ended' }),
            h('p', { text: `Audience ${state.meters.audience} of 100 · Your credibility ${state.meters.credibility} of 100` }),
            stances,
          ),
        ),
        // What comes next, in the first screen: the debrief first, then another go.
        h(
          'div',
          { class: 'screen__actions ending__actions' },
          button('Debrief: what worked and why', () => actions.debrief(), true),
          h(
            'div',
            { class: 'screen__row' },
            button('Play again', () => actions.playAgain()),
            actions.branchMap ? button('Branch map', () => actions.branchMap?.()) : null,
            actions.transcript ? button('Print or download the transcript', () => actions.transcript?.()) : null,
            actions.share ? button('Share this debate', () => actions.share?.()) : null,
            actions.check ? button('The 2-minute check, after', () => actions.check?.()) : null,
            button('Back to the title', () => actions.title()),
          ),
        ),
        // The code a student hands in instead of a file: below the next steps, never pushing them down.
        ending.runCode ? runCodeBox(ending.runCode) : null,
      ),
    );
    this.root.hidden = false;
    (this.root.querySelector('h2') as HTMLElement | null)?.setAttribute('tabindex', '-1');
    (this.root.querySelector('h2') as HTMLElement | null)?.focus();
  }
}
