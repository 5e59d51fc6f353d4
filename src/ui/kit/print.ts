// Printing one open dialog (the teacher guide, class results) instead of the whole game: the
// stylesheet (teachers.css) hides everything but the dialog marked as the print target.
export function printDialog(dialog: HTMLElement): void {
  const root = document.documentElement;
  const done = () => {
    root.classList.remove('printing-dialog');
    dialog.classList.remove('print-target');
    window.removeEventListener('afterprint', done);
  };
  root.classList.add('printing-dialog');
  dialog.classList.add('print-target');
  window.addEventListener('afterprint', done);
  window.print();
}
