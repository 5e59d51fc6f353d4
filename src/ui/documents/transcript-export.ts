// "Print or download the transcript": the whole debate as a clean document on screen, printed
// without the game around it, or saved as a web page, as Markdown, or as a run file for the
// class results page. Everything is made here in the browser.
import type { DebateEngine } from '../../debate/core/engine.ts';
import { toHtml, toMarkdown } from '../../debate/documents/document.ts';
import { runFileName } from '../../debate/persistence/run-file.ts';
import { openDialog, type DialogHandle } from '../kit/dialogs.ts';
import { documentView } from './document-view.ts';
import { h } from '../kit/dom.ts';
import { downloadText } from '../kit/download.ts';
import type { RunReports } from './run-report.ts';
import { runCodeOf } from '../../debate/persistence/run-code.ts';
import { runCodeBox, studentNameField } from '../teachers/student-name.ts';
import { m } from '../../i18n/index.ts';
import { measurePages, NotLaidOut } from './page-count.ts';

/** The element printing shows instead of the game while the transcript is open (print.css). */
const PRINT_ROOT_ID = 'print-document';

function mountPrintCopy(content: HTMLElement, variant = ''): () => void {
  document.getElementById(PRINT_ROOT_ID)?.remove();
  const root = h('div', { id: PRINT_ROOT_ID, class: `print-document ${variant}`.trim(), attrs: { 'aria-hidden': 'true' } }, content);
  document.body.append(root);
  return () => root.remove();
}

export function openTranscript(engine: DebateEngine, reports: RunReports): DialogHandle {
  let closed = false;
  const status = h('p', { class: 'transcript-export__status', attrs: { role: 'status' } });
  const documentSlot = h('div', { class: 'transcript-export__document' });
  // How long the printout is, said before anyone prints it.
  const pagesLine = h('p', { class: 'transcript-export__pages', text: m().print.measuring, attrs: { 'data-pages': '' } });
  let measured = 0;
  const countPages = () => {
    const copy = document.getElementById(PRINT_ROOT_ID);
    if (!copy || closed) return;
    const asked = ++measured;
    pagesLine.textContent = m().print.measuring;
    pagesLine.dataset.pages = '';
    measurePages(copy)
      .then((pages) => {
        if (asked !== measured || closed) return;
        pagesLine.textContent = m().print.pages(pages.A4, pages.Letter);
        pagesLine.dataset.pages = `${pages.A4} ${pages.Letter}`;
      })
      .catch((error: unknown) => {
        if (asked !== measured || closed) return;
        // Asked while the page was printing: count once printing is over.
        const printing = window.matchMedia?.('print');
        if (error instanceof NotLaidOut && printing?.matches) printing.addEventListener('change', countPages, { once: true });
        else pagesLine.textContent = m().print.unmeasured;
      });
  };
  let unmount = () => undefined as void;

  const save = (kind: 'html' | 'md' | 'json') => {
    const madeAt = new Date();
    const run = reports.runFile(engine, madeAt);
    const into = dialog.element;
    if (kind === 'json') {
      downloadText(runFileName(run, 'json'), `${JSON.stringify(run, null, 2)}\n`, 'application/json', into);
    } else {
      const doc = reports.transcript(engine, madeAt);
      if (kind === 'html') downloadText(runFileName(run, 'html'), toHtml(doc), 'text/html', into);
      else downloadText(runFileName(run, 'md'), toMarkdown(doc), 'text/markdown', into);
    }
    status.textContent = m().transcriptExport.saved(kind);
  };
  const button = (text: string, onClick: () => void, primary = false) =>
    h('button', { class: primary ? 'primary' : '', text, attrs: { type: 'button' }, on: { click: onClick } });
  /** Prints the one-page sheet instead of the transcript, then puts the transcript back. */
  const printSheet = () => {
    unmount();
    unmount = mountPrintCopy(documentView(reports.sheet(engine).blocks), 'print-document--sheet');
    const restore = () => {
      window.removeEventListener('afterprint', restore);
      show();
    };
    window.addEventListener('afterprint', restore);
    window.print();
  };
  const needsDebrief = [
    button(m().transcriptExport.print, () => window.print(), true),
    button(m().classroom.sheetPrint, printSheet),
    button(m().transcriptExport.html, () => save('html')),
    button(m().transcriptExport.md, () => save('md')),
  ];
  for (const b of needsDebrief) b.disabled = true;
  const actions = h(
    'div',
    { class: 'transcript-export__actions' },
    ...needsDebrief,
    button(m().transcriptExport.json, () => save('json')),
  );

  const dialog = openDialog(
    m().transcriptExport.title,
    h('p', {
      text: m().transcriptExport.help,
    }),
    // The name first: it goes into every download below.
    studentNameField(reports.student, () => show()),
    runCodeBox(runCodeOf(engine)),
    pagesLine,
    actions,
    status,
    documentSlot,
  );
  dialog.element.classList.add('dialog--document');
  void dialog.closed.then(() => {
    closed = true;
    unmount();
  });

  const show = () => {
    // A name changed as the dialog closes (its field's blur) must not mount a print copy again.
    if (closed) return;
    const doc = reports.transcript(engine);
    // On screen the dialog's own heading names the document: its title becomes a level lower.
    documentSlot.replaceChildren(documentView(doc.blocks, 1));
    unmount = mountPrintCopy(documentView(doc.blocks));
    // The count is of the whole document: once the debrief is in, and again when the name changes.
    if (complete) countPages();
  };
  let complete = false;
  show();
  status.textContent = m().transcriptExport.preparing;
  void reports.complete(engine, undefined, () => closed).then((done) => {
    if (!done || closed) return;
    complete = true;
    show();
    for (const b of needsDebrief) b.disabled = false;
    status.textContent = m().transcriptExport.ready;
  });
  return dialog;
}
