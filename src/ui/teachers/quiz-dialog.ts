// The 2-minute check (story/quiz.json): ten statements from the article, each marked "sound" or
// "fallacy" with real radio buttons. Before the debate the student sees only the score, so the
// check after it is not a memory test; after the debate, the score, the change and an explanation
// for every statement. Who said each statement is shown only with the answers: judging a claim by
// its speaker is the habit the check is about. Results stay on this device until the student
// saves a run file, which carries the scores.
import { readQuizzes, saveQuiz, scoreQuiz, unanswered, type QuizItem, type QuizMarks, type QuizSheet, type QuizWhen, type StoredQuiz, type Verdict } from '../../debate/classroom/quiz.ts';
import type { KeyValueStore } from '../../debate/core/ports.ts';
import { openDialog, type DialogHandle } from '../kit/dialogs.ts';
import { h, uniqueId } from '../kit/dom.ts';
import './teachers.css';
import { m } from '../../i18n/index.ts';



export function describeScore(score: QuizMarks): string {
  return m().checkDialog.score(score);
}

function explanations(items: readonly QuizItem[], answers: Readonly<Record<string, Verdict>>): HTMLElement {
  const list = h('ol', { class: 'check__answers' });
  for (const item of items) {
    const given = answers[item.id];
    const right = given === item.kind;
    list.append(
      h(
        'li',
        { attrs: { 'data-item': item.id, 'data-right': String(right) } },
        h('blockquote', { text: item.text }),
        h('p', {}, h('strong', { text: m().checkDialog.label(item.kind, item.label) }), m().checkDialog.youSaid(given ?? null, right)),
        h('p', { text: item.explanation }),
        h('p', { class: 'check__who', text: `${item.speaker} [${item.source}]` }),
      ),
    );
  }
  return list;
}

export interface QuizOptions {
  store: KeyValueStore;
  /** The sheet to ask: the edition's story/…/quiz.json, parsed. */
  sheet: QuizSheet;
  now?: () => Date;
  /** Called once a check is scored and kept (or could not be kept). */
  onDone?(result: StoredQuiz, kept: boolean): void;
}

export function openQuiz(when: QuizWhen, options: QuizOptions): DialogHandle {
  const { items, intro } = options.sheet;
  const answers: Record<string, Verdict> = {};
  const body = h('div', { class: 'check' });
  const status = h('p', { class: 'check__status', attrs: { role: 'status' } });
  const form = h('form', { class: 'check__form', attrs: { novalidate: true } });
  items.forEach((item, i) => {
    const name = uniqueId(`check-${item.id}`);
    const legendId = uniqueId('check-legend');
    const options = (['sound', 'fallacy'] as const).map((verdict) => {
      const id = uniqueId(`check-${item.id}-${verdict}`);
      const input = h('input', {
        id,
        attrs: { type: 'radio', name, value: verdict, 'data-verdict': verdict },
        on: { change: () => (answers[item.id] = verdict) },
      });
      return h('div', { class: 'check__option' }, input, h('label', { attrs: { for: id }, text: m().checkDialog.verdict[verdict] }));
    });
    form.append(
      h(
        'fieldset',
        { class: 'field check__item', attrs: { 'data-item': item.id, 'aria-labelledby': legendId } },
        h('legend', { id: legendId, text: m().checkDialog.statement(i + 1, items.length) }),
        h('blockquote', { class: 'check__statement', text: item.text }),
        h('div', { class: 'check__options' }, ...options),
      ),
    );
  });
  form.append(h('button', { class: 'primary', text: m().checkDialog.scoreButton, attrs: { type: 'submit' } }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const missing = unanswered(items, answers);
    if (missing.length > 0) {
      const numbers = missing.map((open) => items.indexOf(open) + 1);
      status.textContent = m().checkDialog.markAll(numbers);
      form.querySelector<HTMLInputElement>(`fieldset[data-item="${missing[0]?.id}"] input`)?.focus();
      return;
    }
    const previous = readQuizzes(options.store).before;
    const result: StoredQuiz = { ...scoreQuiz(items, answers), answers: { ...answers }, takenAt: (options.now?.() ?? new Date()).toISOString() };
    const kept = saveQuiz(options.store, when, result);
    body.replaceChildren(resultView(when, items, result, kept, when === 'after' ? previous : undefined));
    status.textContent = '';
    (body.querySelector('h3') as HTMLElement | null)?.focus();
    options.onDone?.(result, kept);
  });
  body.append(h('p', { text: intro }), form);
  const dialog = openDialog(when === 'before' ? m().checkDialog.titleBefore : m().checkDialog.titleAfter, body, status);
  dialog.element.classList.add('dialog--wide');
  return dialog;
}

function resultView(when: QuizWhen, items: readonly QuizItem[], result: StoredQuiz, kept: boolean, before?: StoredQuiz): HTMLElement {
  const view = h('div', { class: 'check__result' });
  view.append(h('h3', { text: m().checkDialog.yourScore(result.score), attrs: { tabindex: -1, 'data-score': result.score } }), h('p', { attrs: { 'data-score-text': '' }, text: describeScore(result) }));
  view.append(
    h('p', { class: 'check__note', text: m().checkDialog.note }),
  );
  if (!kept) view.append(h('p', { text: m().checkDialog.notKept }));
  if (when === 'before') {
    view.append(h('p', { text: m().checkDialog.answersLater }));
    return view;
  }
  if (before) {
    const change = result.score - before.score;
    view.append(h('p', { attrs: { 'data-change': change }, text: m().checkDialog.change(before.score, change) }));
  }
  view.append(h('h3', { text: m().checkDialog.answers }), explanations(items, result.answers));
  return view;
}
