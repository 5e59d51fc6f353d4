// Class results: the teacher picks or drops the students' run files; they are read here with
// File.text() and never leave the device. Each run is replayed on this story build
// (src/debate/class-results.ts) and the page shows, per decision, what share of the class chose
// each move; the endings; the moves most often graded weak or backfire; the check scores; and
// every file that could not be used, with the reason. Printable.
import type { StoryTable } from '../debate/cast.ts';
import { speakerName } from '../debate/cast.ts';
import { ClassResultsBuilder, type ClassResults, type RunFileInput, type StoryBuild } from '../debate/class-results.ts';
import { MAX_RUN_FILE_CHARS } from '../debate/run-file.ts';
import { openDialog, type DialogHandle } from './dialogs.ts';
import { h, uniqueId } from './dom.ts';
import { printDialog } from './print.ts';
import { afterLabel, endingTitle, moveName, percent, sectionTitle } from './teacher-labels.ts';
import './teachers.css';
import { splitPastedCodes } from '../debate/run-code.ts';
import { studentsCsv, studentsTable } from './class-students.ts';
import { downloadText } from './download.ts';
import { m, reasonsText } from '../i18n/index.ts';

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
  return h('td', { class: 'share' }, h('span', { class: 'share__track', attrs: { 'aria-hidden': 'true' } }, bar), h('span', { class: 'share__text', text: `${percent(share)} (${count} of ${of})` }));
}

function table(caption: string, head: string[], rows: (string | HTMLElement)[][]): HTMLElement {
  const body = h('tbody');
  for (const row of rows) body.append(h('tr', {}, ...row.map((cell) => (typeof cell === 'string' ? h('td', { text: cell }) : cell))));
  return h(
    'div',
    { class: 'markdown__table' },
    h('table', { class: 'results-table' }, h('caption', { text: caption }), h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { text: c, attrs: { scope: 'col' } })))), body),
  );
}

export function renderResults(cast: StoryTable, results: ClassResults, fileCount: number): HTMLElement {
  const out = h('div', { class: 'results' });
  const counted = `${results.runs} ${results.runs === 1 ? 'run' : 'runs'} counted`;
  const tables = [results.presets.full && `${results.presets.full} on the full table`, results.presets.short && `${results.presets.short} on the short table`].filter(Boolean).join(', ');
  out.append(
    h('h3', { text: 'Summary' }),
    h('p', {
      attrs: { 'data-summary': '' },
      text: `${fileCount} ${fileCount === 1 ? 'file' : 'files'} read: ${counted}${tables ? ` (${tables})` : ''}${results.unfinished ? `, ${results.unfinished} of them unfinished` : ''}; ${results.invalid.length} left out.`,
    }),
  );

  if (results.invalid.length > 0) {
    const list = h('ul', { class: 'results__invalid' });
    for (const bad of results.invalid) list.append(h('li', { attrs: { 'data-file': bad.name } }, h('strong', { text: bad.name }), `: ${reasonsText(bad.reasons)}`));
    out.append(h('h3', { text: 'Files left out' }), h('p', { text: 'These files could not be used. The others still count.' }), list);
  }
  if (results.runs === 0) {
    out.append(h('p', { text: 'No run could be counted yet. Add run files downloaded from the transcript in this version of the game.' }));
    return out;
  }

  out.append(h('h3', { text: m().classroom.studentsHeading }), studentsTable(cast, results));

  out.append(h('h3', { text: 'Endings reached' }));
  if (results.endings.length === 0) out.append(h('p', { text: 'No run reached an ending yet.' }));
  else {
    out.append(
      table(
        'How the debates ended',
        ['ending', 'share of the runs'],
        results.endings.map((e) => [h('td', { text: endingTitle(cast, e.id), attrs: { 'data-ending': e.id } }), shareCell(e.count, e.share, results.runs)]),
      ),
    );
  }

  out.append(h('h3', { text: 'The 2-minute check' }));
  const { before, after, paired } = results.quiz;
  if (!before && !after) out.append(h('p', { text: 'No run file carries check scores.' }));
  else {
    const row = (label: string, s: typeof before) =>
      s ? [label, String(s.count), fixed(s.meanHits), fixed(s.meanFalseAlarms), signed(s.meanScore)] : [label, '0', '–', '–', '–'];
    out.append(
      table(
        'Check scores: hits are fallacies marked fallacy; false alarms are sound statements marked fallacy; the score is their difference',
        ['check', 'students', 'mean hits', 'mean false alarms', 'mean score'],
        [row('before the debate', before), row('after the debate', after)],
      ),
    );
    if (paired) out.append(h('p', { attrs: { 'data-paired': '' }, text: `${paired.count} ${paired.count === 1 ? 'student' : 'students'} took both: mean change ${signed(paired.meanChange)} points.` }));
  }

  out.append(h('h3', { text: 'Moves most often graded weak or backfire' }));
  if (results.weakMoves.length === 0) out.append(h('p', { text: 'No move was graded weak or backfire.' }));
  else {
    out.append(
      table(
        'Weak and backfiring moves, most frequent first',
        ['where', 'move', 'weak', 'backfire', 'made'],
        results.weakMoves.slice(0, 10).map((m) => [
          sectionTitle(cast, m.section, m.figure),
          `“${m.text}” (${moveName(cast, m.move)})`,
          String(m.weak),
          String(m.backfire),
          String(m.chosen),
        ]),
      ),
    );
  }

  out.append(h('h3', { text: 'Each decision: what the class chose' }));
  for (const d of results.decisions) {
    const id = uniqueId('results-decision');
    // A card choice names its card: the choice's words are written for this guest.
    const rows = d.choices.map((c) => [
      c.card ? `${c.text} (${cast.cards[c.card]?.name ?? c.card})` : c.text,
      moveName(cast, c.move),
      shareCell(c.count, c.share, d.reached),
    ]);
    const moves = d.moves.filter((m) => m.count > 0).map((m) => `${moveName(cast, m.move)} ${percent(m.share)}`).join(' · ');
    out.append(
      h(
        'section',
        { class: 'results__decision', attrs: { 'aria-labelledby': id, 'data-position': d.position } },
        h('h4', { id, text: `${sectionTitle(cast, d.section, d.figure)}: ${afterLabel(cast, d.after)}` }),
        d.leadIn ? h('p', { class: 'results__leadin' }, h('strong', { text: `${speakerName(cast, d.leadIn.speaker)}: ` }), d.leadIn.text) : null,
        h('p', { text: `Reached by ${d.reached} ${d.reached === 1 ? 'student' : 'students'}. By move: ${moves}.` }),
        table(`Choices at ${sectionTitle(cast, d.section, d.figure)}, ${afterLabel(cast, d.after)}`, ['choice', 'move', 'share of those who reached it'], rows),
      ),
    );
  }
  return out;
}

export function openClassResults(cast: StoryTable, story: StoryBuild): DialogHandle {
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
  const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

  const add = async (files: Iterable<File>) => {
    const list = [...files];
    if (list.length === 0) return;
    const mine = round;
    status.textContent = `Reading ${list.length} ${list.length === 1 ? 'file' : 'files'}…`;
    const read = await readRunFiles(list);
    // Each replay takes a moment: one file per task keeps the page responsive, with progress.
    for (const [i, file] of read.entries()) {
      if (mine !== round) return;
      status.textContent = `Replaying ${i + 1} of ${read.length}…`;
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
    status.textContent = `${results.runs} ${results.runs === 1 ? 'run' : 'runs'} counted, ${results.invalid.length} left out.`;
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
      status.textContent = `Replaying ${i + 1} of ${lines.length}…`;
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
    h('label', { attrs: { for: inputId } }, h('strong', { text: 'Choose run files' }), h('span', { text: ' (you can pick many at once), or drop them here.' })),
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
  const printButton = h('button', { text: 'Print these results', attrs: { type: 'button', disabled: true }, on: { click: () => dialog && printDialog(dialog.element) } });
  const clearButton = h('button', {
    text: 'Start over',
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
        status.textContent = 'Cleared. Nothing was kept.';
      },
    },
  });

  dialog = openDialog(
    'Class results',
    h('p', { text: 'Pick or drop your students’ run files (each student downloads one from “Print or download the transcript”). They are read here, in this browser, and never uploaded or kept.' }),
    drop,
    pasteArea,
    h('div', { class: 'screen__row no-print' }, printButton, csvButton, clearButton),
    status,
    output,
  );
  dialog.element.classList.add('dialog--wide');
  return dialog;
}
