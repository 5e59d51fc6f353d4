// Full-screen panels over the stage: the title menu and the ending. Real buttons, in reading order.
import type { CastSheet } from '../../debate/core/cast.ts';
import type { Meters, TableState } from '../../debate/core/events.ts';
import { STANCE_LOOK } from '../../game/presenter.ts';
import { clear, h } from '../kit/dom.ts';
import { runCodeBox, studentNameField, type StudentNameStore } from '../teachers/student-name.ts';
import { focusBeforeNextFrame } from '../kit/focus.ts';
import { AUTONYMS, directionOf, isPlayable, LANGUAGE_SWITCH_LABEL, LOCALES, m, type Locale } from '../../i18n/index.ts';

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
  /** The language switch: the page's language, and a way to change it (the page reloads in it). */
  language?: { current: Locale; choose(locale: Locale): void };
}

/** English / فارسی: each language named in itself, the current one pressed. */
function languageSwitch(language: NonNullable<TitleActions['language']>): HTMLElement {
  return h(
    'div',
    { class: 'screen__languages', attrs: { role: 'group', 'aria-label': LANGUAGE_SWITCH_LABEL } },
    ...LOCALES.filter(isPlayable).map((locale) =>
      h('button', {
        class: 'screen__language',
        text: AUTONYMS[locale],
        attrs: { type: 'button', lang: locale, dir: directionOf(locale), 'aria-pressed': String(locale === language.current), 'data-locale': locale },
        on: { click: () => locale !== language.current && language.choose(locale) },
      }),
    ),
  );
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
          ? option(m().title.seeEnding, m().title.seeEndingHint(finished), () => actions.continueSaved(), true)
          : option(m().screens.continueLabel, m().screens.continueHint, () => actions.continueSaved(), true)
        : null,
      option(m().screens.fullTable, m().screens.fullTableHint, () => actions.start('full'), !hasSave),
      option(m().screens.shortTable, m().screens.shortTableHint, () => actions.start('short')),
      actions.check ? option(m().screens.checkFirst, m().screens.checkFirstHint, () => actions.check?.()) : null,
    ];
    const row = h(
      'div',
      { class: 'screen__row' },
      actions.savedDebates ? h('button', { text: m().screens.savedDebates, attrs: { type: 'button' }, on: { click: () => actions.savedDebates?.() } }) : null,
      h('button', { text: m().screens.settings, attrs: { type: 'button' }, on: { click: () => actions.settings() } }),
      h('button', { text: m().screens.aboutSource, attrs: { type: 'button' }, on: { click: () => actions.sources() } }),
      h('button', { text: m().screens.forTeachers, attrs: { type: 'button' }, on: { click: () => actions.teachers() } }),
      actions.branchMap ? h('button', { text: m().screens.branchMap, attrs: { type: 'button' }, on: { click: () => actions.branchMap?.() } }) : null,
      actions.privacy ? h('button', { text: m().screens.privacy, attrs: { type: 'button' }, on: { click: () => actions.privacy?.() } }) : null,
    );
    this.root.append(
      h(
        'div',
        { class: 'screen__panel', attrs: { role: 'region', 'aria-labelledby': 'title-heading' } },
        // First, where a player who cannot read this language looks for their own.
        actions.language ? languageSwitch(actions.language) : null,
        h('h2', { class: 'screen__title', id: 'title-heading', text: title }),
        h('p', {
          class: 'screen__subtitle',
          text: m().screens.subtitle,
        }),
        h('div', { class: 'screen__actions' }, ...buttons, row),
        student ? studentNameField(student) : null,
      ),
    );
    this.root.hidden = false;
    // The first button is at the top of the panel: no scrolling to it. Focus moves before the next
    // frame, whose layout it needs (focusing now laid the title out inside this task at 4x CPU).
    const first = this.root.querySelector<HTMLButtonElement>('.screen__actions button');
    if (first) focusBeforeNextFrame(first, { preventScroll: true });
  }

  showEnding(
    cast: CastSheet,
    ending: { id: string; title: string; epilogue: string[]; runCode?: string },
    state: Pick<TableState, 'stances' | 'seats'> & { meters: Meters },
    actions: { playAgain(): void; debrief(): void; title(): void; branchMap?(): void; share?(): void; transcript?(): void; check?(): void },
  ): void {
    clear(this.root);
    const stances = h('ul', { class: 'ending__stances' });
    for (const id of state.seats) {
      const stance = state.stances[id];
      if (!stance) continue;
      stances.append(h('li', { text: m().screens.stance(cast.speakers[id]?.name ?? id, STANCE_LOOK[stance].word) }));
    }
    const button = (text: string, onClick: () => void, primary = false) =>
      h('button', { class: primary ? 'primary' : '', text, attrs: { type: 'button' }, on: { click: onClick } });
    this.root.append(
      h(
        'div',
        { class: 'screen__panel screen__panel--ending', attrs: { role: 'region', 'aria-labelledby': 'ending-heading' } },
        h('p', { class: 'screen__subtitle', text: m().screens.verdict }),
        h('h2', { class: 'screen__title', id: 'ending-heading', text: ending.title }),
        h(
          'div',
          { class: 'ending__body' },
          h('div', { class: 'ending__verdict' }, ...ending.epilogue.map((p) => h('p', { text: p }))),
          h(
            'section',
            { class: 'ending__room', attrs: { 'aria-labelledby': 'ending-room' } },
            h('h3', { id: 'ending-room', text: m().screens.roomEnded }),
            h('p', { text: m().screens.meters(state.meters.audience, state.meters.credibility) }),
            stances,
          ),
        ),
        // What comes next, in the first screen: the debrief first, then another go.
        h(
          'div',
          { class: 'screen__actions ending__actions' },
          button(m().screens.debrief, () => actions.debrief(), true),
          h(
            'div',
            { class: 'screen__row' },
            button(m().screens.playAgain, () => actions.playAgain()),
            actions.branchMap ? button(m().screens.branchMap, () => actions.branchMap?.()) : null,
            actions.transcript ? button(m().screens.transcript, () => actions.transcript?.()) : null,
            actions.share ? button(m().screens.share, () => actions.share?.()) : null,
            actions.check ? button(m().screens.checkAfter, () => actions.check?.()) : null,
            button(m().screens.backToTitle, () => actions.title()),
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
