// Modal dialogs on the native <dialog> element: it traps focus, closes on Escape and gives focus
// back to whatever opened it.
import { h, uniqueId, type Child } from './dom.ts';
import { m } from '../../i18n/index.ts';

export interface DialogHandle {
  element: HTMLDialogElement;
  close(): void;
  closed: Promise<void>;
}

export function openDialog(title: string, ...content: Child[]): DialogHandle {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const headingId = uniqueId('dialog');
  const dialog = h('dialog', { attrs: { 'aria-labelledby': headingId } });
  const closeButton = h('button', {
    class: 'icon-button',
    text: m().dialogs.close,
    attrs: { type: 'button' },
    on: { click: () => dialog.close() },
  });
  dialog.append(h('div', { class: 'dialog__head' }, h('h2', { id: headingId, text: title }), closeButton));
  const body = h('div', { class: 'dialog__body' });
  for (const child of content) if (child !== null && child !== undefined && child !== false) body.append(typeof child === 'object' ? child : String(child));
  dialog.append(body);
  document.body.append(dialog);
  const closed = new Promise<void>((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove();
      opener?.focus({ preventScroll: true });
      resolve();
    });
  });
  dialog.showModal();
  return { element: dialog, close: () => dialog.close(), closed };
}
