// The optional name field (title screen, transcript dialog) and the run code with its Copy button
// (ending screen, transcript dialog). A name is kept as the student leaves the field; what is
// shown back is the cleaned name (src/debate/persistence/student.ts), only ever as text.
import { cleanName, MAX_NAME_LENGTH } from '../../debate/persistence/student.ts';
import { h, uniqueId } from '../kit/dom.ts';
import { m } from '../../i18n/index.ts';

export interface StudentNameStore {
  get(): string | null;
  /** Keeps the name (an empty one forgets it); false when the browser refused. */
  set(name: string): boolean;
}

/** A labelled text field; `changed` runs after the name was kept (or not). */
export function studentNameField(store: StudentNameStore, changed?: (name: string | null) => void): HTMLElement {
  const id = uniqueId('student-name');
  const hintId = `${id}-hint`;
  const status = h('p', { class: 'student-name__status', attrs: { role: 'status' } });
  const input = h('input', {
    id,
    class: 'student-name__input',
    attrs: { type: 'text', maxlength: MAX_NAME_LENGTH, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': hintId, 'data-student-name': '' },
  });
  input.value = store.get() ?? '';
  let kept = input.value;
  const keep = () => {
    const name = cleanName(input.value);
    if (name === kept) return;
    const stored = store.set(name);
    kept = name;
    input.value = name;
    status.textContent = !stored ? m().classroom.nameNotKept : name ? m().classroom.nameKept(name) : m().classroom.nameForgotten;
    changed?.(name || null);
  };
  input.addEventListener('change', keep);
  input.addEventListener('blur', keep);
  // Enter keeps the name without leaving the field (a form would submit; there is none).
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      keep();
    }
  });
  return h(
    'div',
    { class: 'field student-name' },
    h('label', { attrs: { for: id }, text: m().classroom.nameLabel }),
    input,
    h('p', { id: hintId, class: 'student-name__hint', text: m().classroom.nameHint }),
    status,
  );
}

/** The run code, selectable, with a button that copies it (the clipboard stays on this device). */
export function runCodeBox(code: string): HTMLElement {
  const id = uniqueId('run-code');
  const status = h('span', { class: 'run-code__status', attrs: { role: 'status' } });
  const value = h('output', { id, class: 'run-code__value', text: code, attrs: { 'data-run-code': '' } });
  const copy = h('button', {
    text: m().classroom.copy,
    attrs: { type: 'button' },
    on: {
      click: () => {
        const done = (ok: boolean) => (status.textContent = ok ? m().classroom.copied : m().classroom.copyFailed);
        const select = () => {
          const range = document.createRange();
          range.selectNodeContents(value);
          const selection = window.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
        };
        select();
        if (navigator.clipboard?.writeText) navigator.clipboard.writeText(code).then(() => done(true), () => done(false));
        else done(false);
      },
    },
  });
  // The QR code's drawing (and its library) loads only when asked for.
  const qrSlot = h('div', { class: 'run-code__qr-slot' });
  const qr = h('button', {
    text: m().classroom.qrShow,
    attrs: { type: 'button', 'aria-expanded': 'false' },
    on: {
      click: () => {
        if (qrSlot.firstChild) {
          qrSlot.replaceChildren();
          qr.textContent = m().classroom.qrShow;
          qr.setAttribute('aria-expanded', 'false');
          return;
        }
        void import('./run-code-qr.ts').then(({ qrCanvas }) => {
          qrSlot.replaceChildren(qrCanvas(code, m().classroom.qrLabel(code)));
          qr.textContent = m().classroom.qrHide;
          qr.setAttribute('aria-expanded', 'true');
        });
      },
    },
  });
  return h(
    'div',
    { class: 'run-code' },
    h('p', { class: 'run-code__line' }, h('strong', { attrs: { id: `${id}-label` }, text: `${m().classroom.runCode}: ` }), value, ' ', copy, ' ', qr, ' ', status),
    h('p', { class: 'run-code__hint', text: m().classroom.runCodeHint }),
    qrSlot,
  );
}
