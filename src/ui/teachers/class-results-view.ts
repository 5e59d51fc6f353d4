// Class results: the teacher picks or drops the students' run files; they are read here with
// File.text() and never leave the device. Each run is replayed on this story build
// (src/debate/classroom/class-results.ts) and the page shows, per decision, what share of the class chose
// each move; the endings; the moves most often graded weak or backfire; the check scores; and
// every file that could not be used, with the reason. Printable.
import type { CastSheet } from '../../debate/core/cast.ts';
import { speakerName } from '../../debate/core/cast.ts';
import { ClassResultsBuilder, type ClassResults, type RunFileInput, type StoryBuild } from '../../debate/classroom/class-results.ts';
import { MAX_RUN_FILE_CHARS } from '../../debate/persistence/run-file.ts';
import { openDialog, type DialogHandle } from '../kit/dialogs.ts';
import { h, uniqueId } from '../kit/dom.ts';
import { printDialog } from '../kit/print.ts';
import { afterLabel, endingTitle, moveName, percent, sectionTitle } from './teacher-labels.ts';
import './teachers.css';
import { splitPastedCodes } from '../../debate/persistence/run-code.ts';
import { studentsCsv, studentsTable } from './class-students.ts';
import { downloadText } from '../kit/download.ts';
import { nextTask } from '../kit/tasks.ts';
import { m, reasonsText } from '../../i18n/index.ts';

/** Bigger files are not run files; they are refused without being read. */
const MAX_FILE_BYTES = MAX_RUN_FILE_CHARS * 4;

export async function readRunFiles(files: Iterable<File>): Promise<RunFileInput[]> {
  const read: RunFileInput[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      read.push({ name: file.name, text: '', problem: { code: 'too-large', subject: 'run-file', size: file.size, limit: MAX_FILE_BYTES } });
      continue;
    }
    try {
      read.push({ name: file.name, text: await file.text() });
    } catch {
      read.push({ name: file.name, text: '', problem: { code: 'file-unreadable', subject: 'run-file' } });
    }
  }
  return read;
}

const fixed = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const signed = (n: number) => (n > 0 ? `+${fixed(n)}` : fixed(n));

function shareCell(count: number, share: number, of: number): HTMLElement {
  const bar = h('span', { class: 'share__bar', attrs: { 'aria-hidden': 'true' } });
  bar.style.width = `${Math.round(share * 100)}%`;
  return h('td', { class: 'share' }, h('span', { class: 'share__track', attrs: { 'aria-hidden': 'true' } }, bar), h('span', { class: 'share__text', text: m().classResults.shareText(percent(share), count, of) }));
}

function table(caption: string, head: readonly string[], rows: (string | HTMLElement)[][]): HTMLElement {
  const body = h('tbody');
  for (const row of rows) body.append(h('tr', {}, ...row.map((cell) => (typeof cell === 'string' ? h('td', { text: cell }) : cell))));
  return h(
    'div',
    { class: 'markdown__table' },
    h('table', { class: 'results-table' }, h('caption', { text: caption }), h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { text: c, attrs: { scope: 'col' } })))), body),
  );
}

export function renderResults(cast: CastSheet, results: ClassResults, fileCount: number): HTMLElement {
  const out = h('div', { class: 'results' });
  const counted = m().classResults.counted(results.runs);
  const onTables = [results.presets.full && m().classResults.onFull(results.presets.full), results.presets.short && m().classResults.onShort(results.presets.short)].filter((part): part is string => Boolean(part));
  const tables = m().lists.items(onTables);
  out.append(
    h('h3', { text: m().classResults.summary }),
    h('p', {
      attrs: { 'data-summary': '' },
      text: m().classResults.filesRead(fileCount, counted, tables, results.unfinished, results.invalid.length),
    }),
  );

  if (results.invalid.length > 0) {
    const list = h('ul', { class: 'results__invalid' });
    for (const bad of results.invalid) list.append(h('li', { attrs: { 'data-file': bad.name } }, h('strong', { text: bad.name }), `: ${reasonsText(bad.reasons)}`));
    out.append(h('h3', { text: m().classResults.leftOutHeading }), h('p', { text: m().classResults.leftOutHelp }), list);
  }
  if (results.runs === 0) {
    out.append(h('p', { text: m().classResults.noneCounted }));
    return out;
  }

  out.append(h('h3', { text: m().classroom.studentsHeading }), studentsTable(cast, results));

  out.append(h('h3', { text: m().classResults.endingsReached }));
  if (results.endings.length === 0) out.append(h('p', { text: m().classResults.noEnding }));
  else {
    out.append(
      table(
        m().classResults.endingsCaption,
        m().classResults.endingsColumns,
        results.endings.map((e) => [h('td', { text: endingTitle(cast, e.id), attrs: { 'data-ending': e.id } }), shareCell(e.count, e.share, results.runs)]),
      ),
    );
  }

  out.append(h('h3', { text: m().classResults.check }));
  const { before, after, paired } = results.quiz;
  if (!before && !after) out.append(h('p', { text: m().classResults.noCheck }));
  else {
    const row = (label: string, s: typeof before) =>
      s ? [label, String(s.count), fixed(s.meanHits), fixed(s.meanFalseAlarms), signed(s.meanScore)] : [label, '0', '–', '–', '–'];
    out.append(
      table(
        m().classResults.checkCaption,
        m().classResults.checkColumns,
        [row(m().classResults.before, before), row(m().classResults.after, after)],
      ),
    );
    if (paired) out.append(h('p', { attrs: { 'data-paired': '' }, text: m().classResults.paired(paired.count, signed(paired.meanChange)) }));
  }

  out.append(h('h3', { text: m().classResults.weakHeading }));
  if (results.weakMoves.length === 0) out.append(h('p', { text: m().classResults.noWeak }));
  else {
    out.append(
      table(
        m().classResults.weakCaption,
        m().classResults.weakColumns,
        results.weakMoves.slice(0, 10).map((w) => [
          sectionTitle(cast, w.section, w.figure),
          `${m().lists.quoted(w.text)} (${moveName(cast, w.move)})`,
          String(w.weak),
          String(w.backfire),
          String(w.chosen),
        ]),
      ),
    );
  }

  out.append(h('h3', { text: m().classResults.decisionsHeading }));
  for (const d of results.decisions) {
    const id = uniqueId('results-decision');
    // A card choice names its card: the choice's words are written for this guest.
    const rows = d.choices.map((c) => [
      c.card ? `${c.text} (${cast.cards[c.card]?.name ?? c.card})` : c.text,
      moveName(cast, c.move),
      shareCell(c.count, c.share, d.reached),
    ]);
    const moveShares = d.moves.filter((c) => c.count > 0).map((c) => `${moveName(cast, c.move)} ${percent(c.share)}`);
    const moves = m().lists.parts(moveShares);
    out.append(
      h(
        'section',
        { class: 'results__decision', attrs: { 'aria-labelledby': id, 'data-position': d.position } },
        h('h4', { id, text: `${sectionTitle(cast, d.section, d.figure)}: ${afterLabel(cast, d.after)}` }),
        d.leadIn ? h('p', { class: 'results__leadin' }, h('strong', { text: `${speakerName(cast, d.leadIn.speaker)}: ` }), d.leadIn.text) : null,
        h('p', { text: m().classResults.reached(d.reached, moves) }),
        table(m().classResults.choicesAt(sectionTitle(cast, d.section, d.figure), afterLabel(cast, d.after)), m().classResults.choiceColumns, rows),
      ),
    );
  }
  return out;
}

export function openClassResults(cast: CastSheet, story: StoryBuild): DialogHandle {
  const inputId = uniqueId('run-files');
  const newBuilder = () => new ClassResultsBuilder(story, m().classroom.codeLine);
  let builder = newBuilder();
  let fileCount = 0;
  let latest: ClassResults | null = null;
  /** Bumped by "Start over", so a batch still replaying stops adding to the old totals. */
  let round = 0;
  const status = h('p', { class: 'results__status', attrs: { role: 'status' } });
  const output = h('div', { class: 'results__output' });
  let dialog: DialogHandle | null = null;

  const add = async (files: Iterable<File>) => {
    const list = [...files];
    if (list.length === 0) return;
    const mine = round;
    status.textContent = m().classResults.reading(list.length);
    const read = await readRunFiles(list);
    // Each replay takes a moment: one file per task keeps the page responsive, with progress.
    for (const [i, file] of read.entries()) {
      if (mine !== round) return;
      status.textContent = m().classResults.replayingFiles(i + 1, read.length);
      await nextTask();
      if (mine !== round) return;
      // add() never throws; a file that somehow did is still counted as read, and the rest go on.
      try {
        builder.add(file);
      } catch (error) {
        console.error(error);
      }
      fileCount++;
    }
    show();
  };

  const show = () => {
    const results = builder.results;
    latest = results;
    output.replaceChildren(renderResults(cast, results, fileCount));
    status.textContent = m().classResults.done(results.runs, results.invalid.length);
    printButton.disabled = false;
    csvButton.disabled = results.runs === 0;
  };

  /** Pasted codes: one per line, each replayed like a file (a line is one "file" read). */
  const addCodes = async (text: string) => {
    const lines = splitPastedCodes(text);
    if (lines.length === 0) {
      status.textContent = m().classroom.pasteNone;
      return;
    }
    const mine = round;
    for (const [i, line] of lines.entries()) {
      if (mine !== round) return;
      status.textContent = m().classResults.replayingCodes(i + 1, lines.length);
      await nextTask();
      if (mine !== round) return;
      try {
        builder.addCode(line);
      } catch (error) {
        console.error(error);
      }
      fileCount++;
    }
    show();
  };
  const pasteId = uniqueId('run-codes');
  const paste = h('textarea', { id: pasteId, class: 'results__paste', attrs: { rows: 4, spellcheck: 'false', autocomplete: 'off' } });
  const pasteArea = h(
    'div',
    { class: 'field results__codes no-print' },
    h('label', { attrs: { for: pasteId }, text: m().classroom.pasteLabel }),
    paste,
    h('div', {}, h('button', { text: m().classroom.pasteAdd, attrs: { type: 'button' }, on: { click: () => void addCodes(paste.value).then(() => (paste.value = '')) } })),
  );
  const csvButton = h('button', {
    text: m().classroom.downloadCsv,
    attrs: { type: 'button', disabled: true },
    on: {
      click: () => {
        if (!latest || !dialog) return;
        const now = new Date();
        const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
        downloadText(m().classroom.csvName(day), studentsCsv(cast, latest), 'text/csv', dialog.element);
        status.textContent = m().classroom.csvSaved;
      },
    },
  });

  const input = h('input', {
    id: inputId,
    attrs: { type: 'file', multiple: true, accept: '.json,application/json' },
    on: {
      change: () => {
        void add(input.files ?? []).finally(() => (input.value = ''));
      },
    },
  });
  const drop = h(
    'div',
    { class: 'dropzone', attrs: { 'data-dropzone': '' } },
    h('label', { attrs: { for: inputId } }, h('strong', { text: m().classResults.choose }), h('span', { text: m().classResults.chooseHint })),
    input,
  );
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    drop.classList.add('dropzone--over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('dropzone--over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('dropzone--over');
    void add(event.dataTransfer?.files ?? []);
  });
  const printButton = h('button', { text: m().classResults.print, attrs: { type: 'button', disabled: true }, on: { click: () => dialog && printDialog(dialog.element) } });
  const clearButton = h('button', {
    text: m().classResults.startOver,
    attrs: { type: 'button' },
    on: {
      click: () => {
        round++;
        builder = newBuilder();
        fileCount = 0;
        latest = null;
        output.replaceChildren();
        printButton.disabled = true;
        csvButton.disabled = true;
        status.textContent = m().classResults.cleared;
      },
    },
  });

  dialog = openDialog(
    m().classResults.title,
    h('p', { text: m().classResults.help }),
    drop,
    pasteArea,
    h('div', { class: 'screen__row no-print' }, printButton, csvButton, clearButton),
    status,
    output,
  );
  dialog.element.classList.add('dialog--wide');
  return dialog;
}
