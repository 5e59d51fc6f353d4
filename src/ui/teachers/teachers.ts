// "For teachers": the teacher guide (docs/teacher-guide.md, the same file teachers read on disk, or
// its Persian mirror docs/teacher-guide.fa.md in the Persian edition),
// with the source sheet in its place, and the way into teacher mode (the whole branch map) and
// class results. The guide, the map and class results load on demand, so the game's first screen
// never waits for them.
import type { Paragraph } from '../../debate/core/article.ts';
import type { CastSheet } from '../../debate/core/cast.ts';
import type { QuizSheet } from '../../debate/classroom/quiz.ts';
import type { StoryMap } from '../../debate/core/story-map.ts';
import { openDialog, type DialogHandle } from '../kit/dialogs.ts';
import { h } from '../kit/dom.ts';
import { printDialog } from '../kit/print.ts';
import './teachers.css';
import { m, withDialogWords } from '../../i18n/index.ts';

export interface TeacherDeps {
  article: ReadonlyMap<string, Paragraph>;
  cast: CastSheet;
  /** The story build the game plays: class results replay run files on it. */
  story: { json: string; hash: string };
  /** The edition's 2-minute check, loaded on demand. */
  quizSheet(): Promise<QuizSheet>;
  /** The edition's story map for teacher mode, loaded on demand. */
  storyMap(): Promise<StoryMap>;
}

/** Runs an on-demand view, and says so plainly if its code cannot be loaded. */
async function lazily(status: HTMLElement, what: string, open: () => Promise<unknown>): Promise<void> {
  status.textContent = m().teachers.opening(what);
  try {
    await open();
    status.textContent = '';
  } catch (error) {
    console.error(error);
    status.textContent = m().teachers.openFailed(what);
  }
}

export function openTeacherMap(deps: TeacherDeps, status: HTMLElement): Promise<void> {
  return lazily(status, m().teachers.teacherModeWhat, async () => {
    const [view, map] = await Promise.all([withDialogWords(import('./teacher-map.ts')), deps.storyMap()]);
    return view.openTeacherMap(deps.cast, map);
  });
}

export function openClassResults(deps: TeacherDeps, status: HTMLElement): Promise<void> {
  return lazily(status, m().teachers.classResultsWhat, async () => (await withDialogWords(import('./class-results-view.ts'))).openClassResults(deps.cast, deps.story));
}

export function openTeachers(deps: TeacherDeps): DialogHandle {
  const status = h('p', { class: 'teachers__status', attrs: { role: 'status' } });
  const guide = h('div', { class: 'guide-holder' }, h('p', { text: m().teachers.loadingGuide }));
  let dialog: DialogHandle | null = null;
  const tools = h(
    'div',
    { class: 'teachers__tools no-print' },
    h('button', {
      class: 'primary',
      attrs: { type: 'button' },
      on: { click: () => void openTeacherMap(deps, status) },
    }, h('strong', { text: m().teachers.teacherMode }), h('span', { class: 'button__hint', text: m().teachers.teacherModeHint })),
    h('button', {
      attrs: { type: 'button' },
      on: { click: () => void openClassResults(deps, status) },
    }, h('strong', { text: m().teachers.classResults }), h('span', { class: 'button__hint', text: m().teachers.classResultsHint })),
    h('button', {
      attrs: { type: 'button' },
      on: { click: () => void lazily(status, m().teachers.handoutWhat, async () => (await withDialogWords(import('./handout-view.ts'))).openHandout(deps.cast, deps.article, await deps.quizSheet())) },
    }, h('strong', { text: m().classroom.handoutButton }), h('span', { class: 'button__hint', text: m().classroom.handoutHint })),
    h('button', {
      attrs: { type: 'button' },
      on: { click: () => dialog && printDialog(dialog.element) },
    }, h('strong', { text: m().teachers.printGuide }), h('span', { class: 'button__hint', text: m().teachers.printGuideHint })),
  );
  dialog = openDialog(m().teachers.title, tools, status, guide);
  dialog.element.classList.add('dialog--wide');
  withDialogWords(import('./guide.ts'))
    .then(({ showGuide }) => showGuide(guide, deps.article))
    .catch((error: unknown) => {
      console.error(error);
      guide.replaceChildren(h('p', { text: m().teachers.guideFailed }));
    });
  return dialog;
}
