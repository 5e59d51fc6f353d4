// "Share this debate": the replay link, copied to the clipboard where the browser allows it, and
// always shown in a read-only field, selected, for copying by hand.
import { openDialog, type DialogHandle } from '../kit/dialogs.ts';
import './branches.css';
import { h, uniqueId } from '../kit/dom.ts';
import { m } from '../../i18n/index.ts';

/** Tries the clipboard; resolves false when the browser refuses or has none. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function openShare(url: string, where: string, copy: (text: string) => Promise<boolean> = copyText): DialogHandle {
  const fieldId = uniqueId('share-link');
  const status = h('p', { class: 'share__status', attrs: { role: 'status' }, text: m().share.copying });
  const field = h('input', {
    id: fieldId,
    class: 'share__field',
    attrs: { type: 'text', readonly: true, value: url, spellcheck: 'false', autocomplete: 'off' },
    on: { focus: () => field.select() },
  });
  const copyAgain = h('button', {
    text: m().share.copyAgain,
    attrs: { type: 'button' },
    on: { click: () => void tryCopy() },
  });
  async function tryCopy(): Promise<void> {
    const copied = await copy(url);
    status.textContent = copied
      ? m().share.copied
      : m().share.copyRefused;
    field.focus();
    field.select();
  }
  const dialog = openDialog(
    m().share.title,
    h('p', {
      text: m().share.help(where),
    }),
    h('div', { class: 'field' }, h('label', { text: m().share.link, attrs: { for: fieldId } }), field),
    status,
    h('div', { class: 'screen__row' }, copyAgain),
  );
  field.focus();
  field.select();
  void tryCopy();
  return dialog;
}
