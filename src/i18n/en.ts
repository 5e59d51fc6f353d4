// The English catalogue: the words the game's own chrome shows (the show's HUD, on-air graphics
// and grade stamps; why something read from outside could not be used, from src/debate/persistence/reasons.ts
// codes; the notices about storage, other tabs, saves and new versions; every screen and dialog).
// It is the reference catalogue: its keys and message signatures are every language's (src/i18n/
// index.ts). Story words come from story/ and the cast sheet, never from here.
import { formatters } from './format.ts';
import type { Grade, Move, Stance } from '../debate/core/contract.ts';
import type { DocumentWords } from '../debate/documents/document-words.ts';
import type { WriteFailure } from '../debate/core/ports.ts';
import type { FieldRule, Reason, Subject, ValueDescription } from '../debate/persistence/reasons.ts';

const SUBJECT: Record<Subject, string> = {
  save: 'This save',
  'run-file': 'This run file',
  history: 'The record of past debates',
  settings: 'The saved settings',
  check: 'The saved check answers',
  link: 'This link',
  student: 'The saved name',
  'run-code': 'This run code',
};

const NOUN: Record<Subject, string> = {
  save: 'save',
  'run-file': 'run file',
  history: 'record of past debates',
  settings: 'settings entry',
  check: 'check record',
  link: 'replay link',
  student: 'name',
  'run-code': 'run code',
};

const SAVE_FIELD: Record<string, string> = {
  storyHash: 'The save does not say which version of the debate it belongs to.',
  preset: 'The save names a table size this game does not have.',
  seed: 'The save has no valid random seed.',
  path: 'The list of choices in the save is damaged.',
};

const RULE: Record<FieldRule, (max?: number) => string> = {
  hash: () => 'missing or not a story build hash',
  preset: () => 'must be one of full, short',
  count: () => 'must be a whole number of 0 or more',
  choices: (max) => `must be a list of at most ${max ?? 400} choice numbers (0-99)`,
  list: () => 'must be a list',
  'at-most': (max) => `more than ${max ?? 0} entries`,
  object: () => 'must be an object',
  ending: () => 'must be an ending id or null',
  meters: () => 'must hold audience and credibility, each from 0 to 100',
  date: () => 'must be a date and time (ISO 8601) between 1970 and 2200',
  'quiz-score': (max) => `must hold hits and falseAlarms (whole numbers up to ${max ?? 100}) and score, their difference`,
  'decision-in-path': () => 'must point into path',
  speaker: () => 'unknown speaker',
  move: () => 'unknown move',
  card: () => 'unknown card',
  'rebuttal-card': () => 'a rebuttal names its card',
  grade: () => 'must be one of strong, partial, weak, backfire',
  text: () => 'must be text',
  time: () => 'must be a time',
  name: (max) => `must be a name of at most ${max ?? 40} characters on one line`,
};

const CODE_PART: Record<Extract<Reason, { code: 'code-damaged' }>['part'], string> = {
  parts: 'This run code is cut short or has parts missing.',
  table: 'This run code names a table size the game does not have.',
  seed: 'The seed in this run code is damaged.',
  build: 'This run code does not say which version of the debate it belongs to.',
  choices: 'The choices in this run code are damaged.',
  checksum: 'This run code does not add up: a character was mistyped, left out or changed. Ask for it again, or for the run file.',
};

const LINK_PART: Record<Extract<Reason, { code: 'link-damaged' }>['part'], string> = {
  parts: 'This link does not describe a debate: it may have been cut short or changed.',
  table: 'This link names a table size the game does not have.',
  seed: 'The seed in this link is damaged.',
  build: 'This link does not say which version of the debate it belongs to.',
  choices: 'The list of choices in this link is damaged.',
  encoding: 'This link was damaged on its way here (its characters were encoded and cannot be decoded).',
};

const kb = (chars: number) => `${Math.max(1, Math.round(chars / 1024))} KB`;

/** describeValue's account of a value (src/debate/persistence/reasons.ts) in words: a number or a quoted text as given, anything else by its kind. */
const VALUE_WORDS: Record<Exclude<ValueDescription['kind'], 'number' | 'text'>, string> = {
  object: 'an object',
  list: 'a list',
  'not-a-number': 'not a number',
  true: 'true',
  false: 'false',
  null: 'null',
  nothing: 'nothing',
};
const valueText = (found: ValueDescription) =>
  found.kind === 'number' ? String(found.value).slice(0, 24) : found.kind === 'text' ? JSON.stringify(found.text) : VALUE_WORDS[found.kind];

const { num, percent, plural } = formatters('en');

/** One reason in plain words. */
function reasonText(reason: Reason): string {
  const what = SUBJECT[reason.subject];
  switch (reason.code) {
    case 'unreadable':
      return `${what} is damaged in a way the game cannot read (${reason.detail}).`;
    case 'not-json':
      if (reason.subject === 'run-file') return 'The file is not readable JSON: it looks cut off or damaged.';
      return reason.subject === 'save' ? 'The save is not readable: it looks cut off or damaged.' : `${what} is not readable: it looks cut off or damaged.`;
    case 'too-large':
      if (reason.subject === 'link') return `This link is too long to be a replay link (over ${reason.limit / 1024} KB).`;
      if (reason.subject === 'run-code') return `This is too long to be a run code (over ${reason.limit} characters).`;
      return `It is too large to be a ${NOUN[reason.subject]} (${kb(reason.size)}).`;
    case 'not-ours':
      if (reason.subject === 'save') return 'This is not a Round Table save.';
      if (reason.subject === 'run-file') return `This is not a Round Table run file.${reason.looksLike === 'save' ? ' It looks like a saved game.' : ''}`;
      return `${what} is not in a form the game knows.`;
    case 'other-format': {
      const format = valueText(reason.found);
      if (reason.subject === 'link') return `This link was made by another version of the game (format ${format}).`;
      if (reason.subject === 'run-code') return `This run code was made by ${reason.newer ? 'a newer' : 'another'} version of the game (format ${format}); this version reads RT${reason.reads} codes.`;
      if (reason.newer) return `${what} was made by a newer version of the game (format ${format}); this version reads format ${reason.reads}.`;
      // A number or a text is the format as given; anything else is told by its kind.
      const kind = reason.found.kind;
      const found = kind === 'number' || kind === 'text' ? `uses format ${format}` : kind === 'nothing' ? 'does not say its format' : `gives its format as ${format}`;
      return `${what} ${found}; this version of the game reads format ${reason.reads}.`;
    }
    case 'bad-field':
      if (reason.subject === 'save') return SAVE_FIELD[reason.field] ?? `The save's ${reason.field} is damaged.`;
      return `${reason.field}: ${RULE[reason.rule](reason.max)}.`;
    case 'bad-entries':
      return `${what} had ${plural(reason.count, { one: '# damaged entry', other: '# damaged entries' })} of ${num(reason.of)}.`;
    case 'other-build':
      if (reason.subject === 'link') return 'This link was made with a different version of the debate, so it cannot be replayed here.';
      if (reason.subject === 'run-code') {
        return `This run code was made with another version or another story (build ${reason.found}; this page reads ${reason.here}), so it cannot be replayed here.`;
      }
      if (reason.subject === 'run-file') {
        return `It was made with another build of the debate (${reason.found}; this page reads ${reason.here}), so its choices cannot be replayed here.`;
      }
      return 'This save was made with a different version of the debate, so it cannot be continued.';
    case 'corrupt-state':
      return 'The story position in the save is damaged.';
    case 'path-does-not-fit':
      if (reason.subject === 'link') return 'The choices in this link do not fit this debate: it may have been changed or cut short.';
      if (reason.subject === 'run-file') return `Its choices do not fit this debate (damaged path)${reason.detail ? `: ${reason.detail}` : '.'}`;
      if (reason.subject === 'run-code') return `Its choices do not fit this debate${reason.detail ? `: ${reason.detail}` : '.'}`;
      return `The choices in the save do not fit this debate.${reason.detail ? ` ${reason.detail}` : ''}`;
    case 'path-mismatch':
      return 'The save contradicts itself: its choices lead somewhere else.';
    case 'ending-mismatch':
      return `It says the debate ended in "${reason.claimed}", but its choices lead ${reason.reached ? `to "${reason.reached}"` : 'to no ending yet'}: the file was changed or damaged.`;
    case 'duplicate':
      return `It is the same run as ${reason.of}, so it is counted once.`;
    case 'file-unreadable':
      return 'The browser could not read it.';
    case 'not-a-link':
      return 'This link is not a replay link.';
    case 'link-damaged':
      return LINK_PART[reason.part];
    case 'too-many-choices':
      return reason.subject === 'run-code' ? 'This run code has more choices than any debate has.' : 'This link has more choices than any debate has.';
    case 'not-a-code':
      return 'There is no run code on this line (a code starts with RT1-).';
    case 'code-damaged':
      return CODE_PART[reason.part];
  }
}


// ---- notices and labels about keeping data ----------------------------------------------------

const WORDS = {
  /** On a card's choice where it already landed strongly before: it lands softer now. */
  cardWorn: 'Weaker now: this card already landed once.',
  /** The heading above the article in "About the source". */
  theArticle: 'The article',
  // ---- the show's chrome
  sound: 'Sound',
  soundHint: 'Sound on or off (M)',
  transcript: 'Transcript',
  transcriptHint: 'Show or hide the lines already spoken',
  /** The on-air bug in the corner of the picture. */
  live: 'Live',
  /** Over the player's cards while the others speak. */
  /** The heading over the moves on offer. */
  yourMove: 'Your move',
  hand: 'Your counterpoints',
  handNote: 'Play them when it is your move.',
  soundMuted: 'Sound is off (M turns it back on).',
  soundUnmuted: 'Sound is on.',
  // ---- notices
  dismiss: 'Dismiss',
  steppedBack: 'Stepped back one decision.',
  // ---- keeping the player's data
  setAside: (asideKey: string | null) =>
    asideKey
      ? 'It is set aside in Saved debates, not deleted.'
      : 'Storage is too full to set it aside, so it stays where it was; nothing will overwrite it.',
  saveRefused: (reason: string, asideKey: string | null) => `${reason} ${WORDS.setAside(asideKey)}`,
  /** One notice at start for everything that could not be read whole. */
  damagedAtStart: (what: readonly ('history' | 'settings' | 'check')[], allSetAside: boolean) => {
    const names = { history: 'the record of past debates', settings: 'your settings', check: 'your check answers' };
    const list = what.map((w) => names[w]);
    const joined = list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
    const kept = allSetAside ? 'Copies are set aside in Saved debates.' : 'What could not be copied stays where it was; nothing will overwrite it.';
    return `Some of what this game kept could not be read: ${joined}. ${kept}${what.includes('settings') ? ' The default settings apply.' : ''}`;
  },
  openSaved: 'Open Saved debates',
  saveFailed: (failure: WriteFailure | 'in-the-way') =>
    ({
      full: 'Your progress is not being saved: this browser’s storage for the game is full.',
      blocked: 'Your progress is not being saved: this browser is not letting the game store anything.',
      'in-the-way': 'Your progress is not being saved: a damaged save is in its place and storage is too full to set it aside.',
    })[failure],
  slotNotSaved: (failure: WriteFailure | 'in-the-way') =>
    ({
      full: 'Not saved: this browser’s storage for the game is full. Free some space in Saved debates on the title screen.',
      blocked: 'Not saved: this browser is not letting the game store anything.',
      'in-the-way': 'Not saved: this slot holds a damaged save, and storage is too full to set it aside. Free some space in Saved debates on the title screen.',
    })[failure],
  saveFailedHelp: 'The debate goes on: download it to keep it, or free some space.',
  downloadDebate: 'Download this debate',
  freeSpace: 'Free space…',
  storageFull:
    'This browser’s storage for the game is full. Your saves and past debates can still be read, but new progress cannot be kept until you free some space.',
  storageOff: 'This browser is not letting the game store anything, so saves are off. The debate still plays.',
  otherTab: 'The game is also open in another tab of this browser, with a debate in progress. Both debates are kept in the record of past debates; Continue picks up whichever tab chose last.',
  newVersion: 'A new version of the game is ready.',
  reload: 'Reload now',
  newVersionLater: 'A new version of the game is ready; it will load between debates.',
  cleared: (removed: number, failed: number, reachable: boolean) => {
    if (!reachable) {
      return 'This browser did not let the game reach its storage during this visit, so nothing stored before could be deleted from here: clear this site’s data in the browser’s settings. What this visit kept in memory is gone.';
    }
    const done = removed === 0 ? 'There was nothing stored to delete.' : `Deleted ${plural(removed, { one: '# stored item', other: '# stored items' })}: saves, the record of past debates, check answers and settings.`;
    return failed === 0
      ? `${done} Nothing of this game is left in this browser’s storage.`
      : `${done} The browser refused to delete ${plural(failed, { one: '# item', other: '# items' })}; try again, or clear this site’s data in the browser’s settings.`;
  },
  // The saved debates dialog.
  savedTitle: 'Saved debates',
  savedHint: 'Your save slots, saves to move to another computer, and anything set aside',
  exportSlot: (label: string) => `Download ${label}`,
  importTitle: 'Bring a save from another computer',
  importHelp: 'Pick a save file downloaded from this game (on another computer, say). It is checked like any save and played from where it was saved.',
  importChoose: 'Choose a save file',
  importTooLarge: (size: number) => `That file is too large to be a save (${kb(size)}).`,
  importRefused: (reason: string) => `That file cannot be played here. ${reason} Nothing was changed.`,
  importUnreadable: 'The browser could not read that file.',
  asideTitle: 'Set aside',
  asideHelp: 'Things the game could not read are kept here instead of being deleted. Download one to keep it or to send it to someone who can look at it, or delete it.',
  asideNone: 'Nothing is set aside.',
  asideFrom: (from: string) =>
    ({ 'save:auto': 'The autosave', 'save:slot-1': 'Slot 1', 'save:slot-2': 'Slot 2', 'save:slot-3': 'Slot 3', runs: 'The record of past debates', settings: 'Settings', check: 'Check answers' })[from] ?? from,
  asideWhen: (when: string | null, size: number) => [when ? `set aside ${when}` : '', kb(size)].filter(Boolean).join(' · '),
  asideWhy: (reason: string | null) => reason ?? 'It can be read now; it was set aside when it could not be.',
  download: 'Download',
  delete: 'Delete',
  deleted: 'Deleted.',
  deleteFailed: 'The browser would not delete it.',
  spaceTitle: 'Free space',
  spaceHelp: (finished: number) =>
    finished > 0
      ? `The record holds ${plural(finished, { one: '# finished debate', other: '# finished debates' })}. Removing all but the 20 most recent frees space; the branch map then shows fewer runs.`
      : 'The record of past debates holds no finished debates to remove.',
  removeOldRuns: 'Remove older finished debates',
  removedRuns: (n: number) => (n === 0 ? 'Nothing to remove.' : plural(n, { one: 'Removed # older debate.', other: 'Removed # older debates.' })),
} as const;

/** The grade a move earned, as the dialogue's badge says it. */
const GRADE_WORDS: Record<Grade, string> = {
  strong: 'Strong answer',
  partial: 'Partial answer',
  weak: 'Weak answer',
  backfire: 'Backfired',
};

/** The grade as the stamp over the picture says it (one word, large). */
const STAMP_WORDS: Record<Grade, string> = {
  strong: 'Strong',
  partial: 'Partial',
  weak: 'Weak',
  backfire: 'Backfired',
};

/** The classroom's own words: the student's name, run codes, and class results' per-student table. */
const CLASS_WORDS = {
  // ---- the student's name (title screen and transcript)
  nameLabel: 'Your name or initials (optional)',
  nameHint: 'Kept on this device only. It goes into your transcript and your run file, so your teacher knows whose they are.',
  nameKept: (name: string) => `Your name, ${name}, is kept on this device and goes into your transcript and run file.`,
  nameForgotten: 'No name: the transcript and the run file will not carry one.',
  nameNotKept: 'This browser is not letting the game keep your name; it goes into this transcript only.',
  // ---- run codes
  runCode: 'Run code',
  runCodeHint: 'Paste this code into your class chat or form instead of sending a file: your teacher’s class results read it.',
  copy: 'Copy the code',
  copied: 'Copied.',
  copyFailed: 'The browser would not copy it: select the code and copy it yourself.',
  qrShow: 'Show as a QR code',
  qrHide: 'Hide the QR code',
  qrLabel: (code: string) => `QR code of the run code ${code}`,
  /** The transcript dialog's button for the one-page debrief sheet. */
  sheetPrint: 'Print the one-page debrief sheet',
  // ---- the student handout (For teachers)
  handoutTitle: 'Student handout',
  handoutButton: 'Student handout',
  handoutHint: 'The six claims, the eight counterpoints, the sound-or-fallacy sheet: to print',
  handoutHelp: 'One copy per student or pair: the claims and counterpoints with their paragraphs of the article, and the sound-or-fallacy sheet (without the answers).',
  handoutPrint: 'Print the handout',
  // ---- class results: codes pasted in
  pasteLabel: 'Or paste run codes, one per line (a name before or after each code is fine)',
  pasteAdd: 'Add these codes',
  pasteNone: 'There is nothing to add: paste one run code per line.',
  codeLine: (line: number) => `Line ${line}`,
  // ---- class results: one row per student
  studentsHeading: 'Each student',
  studentsCaption: 'One row per run: click a column’s heading to sort by it',
  unnamed: 'no name',
  columns: {
    student: 'student',
    from: 'handed in as',
    table: 'table',
    ending: 'ending',
    before: 'check before',
    after: 'check after',
  },
  fromCode: 'code',
  fromFile: 'file',
  tableName: { full: 'full', short: 'short' } as Record<'full' | 'short', string>,
  noEnding: 'unfinished',
  notFaced: '–',
  sortedAscending: 'sorted, lowest first',
  sortedDescending: 'sorted, highest first',
  downloadCsv: 'Download as CSV (for a gradebook)',
  csvName: (day: string) => `round-table-class-results-${day}.csv`,
  csvSaved: 'Saved the CSV file to your downloads.',
  /** The CSV's columns besides one per exchange. */
  csv: {
    student: 'student',
    from: 'handed in as',
    source: 'file or line',
    table: 'table',
    ending: 'ending',
    strong: 'strong moves',
    partial: 'partial moves',
    weak: 'weak moves',
    backfire: 'backfired moves',
    before: 'check before',
    after: 'check after',
  },
} as const;

/** The branch map's overview, endings and jumps. */
const MAP_WORDS = {
  tabs: { overview: 'Overview', map: 'Flowchart', list: 'List', endings: 'Endings', compare: 'Compare runs' },
  overviewLabel: 'The debate by exchange',
  overviewHelp:
    'The whole debate by exchange, in order: the moves made with each guest and their grades. Moves that different runs took at one decision sit side by side; “not tried” counts the moves no run has taken. Open an exchange to see its decisions and jump to one. The Flowchart shows every decision as a tree.',
  opening: 'Opening',
  closing: 'Closing',
  endings: 'Endings',
  untried: (n: number) => `${n} not tried`,
  after: (move: string) => `After: ${move}`,
  fork: (n: number) => `${n} moves taken here by different runs`,
  youAreHere: 'You are here',
  openExchange: 'Decisions',
  closeExchange: 'Hide decisions',
  openExchangeLong: (who: string) => `Decisions in the exchange with ${who}`,
  decision: (n: number, taken: number, offered: number) => `Decision ${n}: ${taken} of ${offered} tried`,
  runsHere: (n: number) => plural(n, { one: 'Reached by # run', other: 'Reached by # runs' }),
  seeEnding: 'See it again',
  /** Begins with the button's visible words (WCAG 2.5.3: a speech user says what they see). */
  seeEndingLong: (title: string) => `See it again: “${title}”, replaying the latest run that reached it`,
  /** The endings gallery. */
  foundCount: (found: number, of: number) => `${found} of ${of} endings found on this machine.`,
  notFound: 'Not found yet',
  hint: (hint: string) => `Hint: ${hint}`,
  reached: (n: number) => plural(n, { one: 'Reached in # run', other: 'Reached in # runs' }),
  reachedWhen: (runs: readonly string[]) => `From ${runs.join('; ')}`,
  runName: (n: number, when: string) => `run ${n} (${when})`,
  noRunYet: 'No run has reached this ending yet.',
  /** On a choice at a decision reached by a jump: what was chosen here before. */
  takenBefore: 'chosen before',
  jumpedTo: (where: string) => `Back at ${where}. The lines that led here are in the transcript; the move chosen before is marked “chosen before”.`,
  openTranscript: 'Show the transcript',
} as const;

/** The title menu when the autosaved debate is over. */
const TITLE_WORDS = {
  seeEnding: 'Continue: see the ending',
  seeEndingHint: (ending: string) => `Your last debate is over: it ended in “${ending}”. To play again, pick a table below; the branch map shows every way it went.`,
} as const;

/** The words of src/ui/play/screens.ts. */
const SECTION_screens = {
  continueLabel: 'Continue',
  continueHint: 'Pick up the debate where you left it',
  fullTable: 'The full table',
  fullTableHint: 'Six opponents, then two more voices: about 20 minutes',
  shortTable: 'The short table',
  shortTableHint: 'Three opponents, then two more voices: about 12 minutes',
  checkFirst: 'Take the 2-minute check first',
  checkFirstHint: 'Optional: ten statements from the article, sound or fallacy?',
  savedDebates: 'Saved debates',
  settings: 'Settings',
  aboutSource: 'About the source',
  forTeachers: 'For teachers',
  branchMap: 'Branch map',
  privacy: 'Privacy',
  subtitle: 'A televised round table on whether Iran should negotiate with the US, staged from an IRNA article. Six public figures argue against talks; you answer them with the counterpoints of the expert Mehdi Motaharnia.',
  verdict: 'The verdict',
  roomEnded: 'Where the room ended',
  meters: (audience: number, credibility: number) => `Audience ${num(audience)} of ${num(100)} · Your credibility ${num(credibility)} of ${num(100)}`,
  debrief: 'Debrief: what worked and why',
  playAgain: 'Play again',
  transcript: 'Print or download the transcript',
  share: 'Share this debate',
  checkAfter: 'The 2-minute check, after',
  backToTitle: 'Back to the title',
  stance: (who: string, stance: string) => `${who}: ${stance}`,
} as const;

/** The words of src/ui/play/pause.ts. */
const SECTION_pause = {
  paused: 'Paused',
  resume: 'Resume',
  settings: 'Settings',
  aboutSource: 'About the source',
  branchMap: 'Branch map: replay other choices',
  saveSlot: 'Save to a slot',
  share: 'Share this debate',
  transcript: 'Transcript: print or download',
  quit: 'Quit to the title',
} as const;

/** The words of src/ui/play/hud.ts. */
const SECTION_hud = {
  audience: 'Audience',
  credibility: 'Your credibility',
  stepBack: 'Step back',
  stepBackHint: 'Step back one decision (Backspace)',
  menu: 'Menu',
  menuHint: 'Pause menu (Esc)',
  opponent: (round: number, rounds: number) => `Opponent ${num(round)} of ${num(rounds)}`,
  voices: 'Two more voices',
  closing: 'Closing statements',
  verdict: 'The verdict',
  opening: 'Opening',
  veryHigh: 'very high',
  high: 'high',
  middling: 'middling',
  low: 'low',
  veryLow: 'very low',
  /** A meter's number, its change, and what a screen reader says of it. */
  meterValue: (value: number) => num(value),
  meterDelta: (d: number) => (d > 0 ? `▲ +${num(d)}` : `▼ ${num(d)}`),
  meterValueText: (value: number, level: string) => `${num(value)} of 100, ${level}`,
} as const;

/** The words of src/ui/play/dialogue.ts. */
const SECTION_dialogue = {
  /** A guest's role under his name: his title and city, either may be empty. */
  role: (title: string, city: string) => [title, city].filter(Boolean).join(', '),
  leadIn: 'Lead-in dramatized',
  leadInHint: 'The words in italics are written for the game; the rest is quoted or closely paraphrased from the source.',
  dramatized: 'Dramatized',
  dramatizedHint: 'Beyond the article: written for the game, in the spirit of the speaker’s quoted view.',
  continueLabel: 'Continue',
  why: (why: string, sources: readonly string[]) => `Why: ${why} (${sources.join(', ')})`,
  notInArticle: 'This paragraph is not in the article.',
  sourceChip: (id: string) => `Source: ${id}`,
} as const;

/** The words of src/ui/play/settings-dialog.ts. */
const SECTION_settingsDialog = {
  slow: 'Slow',
  normal: 'Normal',
  fast: 'Fast',
  instant: 'Instant',
  percent: (fraction: number) => percent(fraction),
  clearData: 'Clear my data',
  clearConfirm: 'Delete every save, setting and record of past debates this game keeps in this browser?',
  title: 'Settings',
  textSize: 'Text size',
  textSpeed: 'Text speed',
  reduceMotion: 'Reduce motion (show lines whole, no animation)',
  highContrast: 'High contrast',
  effects: 'Sound effects volume',
  ambience: 'Room ambience volume',
  mute: 'Mute all sound',
  yourData: 'Your data',
  dataKept: 'Saves, settings and the record of your past debates stay in this browser only. Nothing is sent anywhere.',
  dataNotKept: 'This browser is not letting the game store anything, so saves are off: the debate lives in memory until you close the page. Nothing is sent anywhere.',
} as const;

/** The words of src/ui/branches/share.ts. */
const SECTION_share = {
  copying: 'Copying…',
  copyAgain: 'Copy again',
  copied: 'The link is copied to the clipboard.',
  copyRefused: 'This browser did not let the game copy. The link is selected below: copy it with Ctrl+C (or ⌘+C).',
  title: 'Share this debate',
  help: (where: string) => `Anyone who opens this link replays this debate to the same point (${where}), with the same transcript. The link holds only the table, the choices and the version of the debate; nothing is sent anywhere.`,
  link: 'Replay link',
} as const;

/** The words of src/ui/branches/slots.ts. */
const SECTION_slots = {
  empty: 'Empty',
  unnamed: 'Unnamed',
  saved: (when: string) => `saved ${when}`,
  damaged: 'this save looks damaged',
  where: (table: string, decisions: number) => `${table}, ${plural(decisions, { one: 'after # decision', other: 'after # decisions' })}`,
  replaceSlot: (slot: string) => `Replace slot ${slot} with this debate`,
  saveToSlot: (slot: string) => `Save to slot ${slot}`,
  savedToSlot: (slot: string) => `Saved to slot ${slot}.`,
  slot: (slot: string) => `Slot ${slot}`,
  name: 'Name',
  title: 'Save to a slot',
  help: 'Give the save a name you will recognise. The autosave goes on as well.',
  autosaveHeading: 'Autosave: ',
  slotHeading: (slot: string) => `Slot ${slot}: `,
  loadSlot: (slot: string) => `Load slot ${slot}`,
  exportLabel: { auto: 'the autosave', 'slot-1': 'slot 1', 'slot-2': 'slot 2', 'slot-3': 'slot 3' } as Record<'auto' | 'slot-1' | 'slot-2' | 'slot-3', string>,
} as const;

/** The words of src/ui/play/sources.ts. */
const SECTION_sources = {
  intro: 'The debate is staged from “Why negotiate with the US again”, provided by the Persian service of the Islamic Republic News Agency (IRNA); English text as published. Each paragraph carries the id the game cites.',
  title: 'Sources',
} as const;

/** The words of src/ui/teachers/privacy.ts. */
const SECTION_privacy = {
  title: 'Privacy',
  clearNote: 'Settings → Clear my data is on the title screen and in the menu during a debate.',
} as const;

/** The words of src/ui/teachers/teachers.ts. */
const SECTION_teachers = {
  opening: (what: string) => `Opening ${what}…`,
  openFailed: (what: string) => `${what.charAt(0).toUpperCase()}${what.slice(1)} could not be opened. Reload the page and try again.`,
  teacherModeWhat: 'teacher mode',
  classResultsWhat: 'class results',
  handoutWhat: 'the handout',
  loadingGuide: 'Loading the guide…',
  teacherMode: 'Teacher mode',
  teacherModeHint: 'The whole branch map: every decision and ending',
  classResults: 'Class results',
  classResultsHint: 'Read your students’ run files, here on this device',
  printGuide: 'Print this guide',
  printGuideHint: 'With the source sheet',
  title: 'For teachers',
  guideFailed: 'The guide could not be loaded. Reload the page and try again; it is also in docs/teacher-guide.md.',
} as const;

/** The words of src/app/branches.ts and the notices of src/app/start.ts. */
const SECTION_app = {
  whereEnding: (ending: string) => `the ending “${ending}”`,
  whereDecision: (n: number) => `decision ${num(n)}`,
  whereWith: (decision: string, who: string) => `${decision}, with ${who}`,
  couldNotOpen: (error: string) => `That could not be opened: ${error}`,
  couldNotReplay: (error: string) => `That decision could not be replayed: ${error}`,
  savedThisVisit: 'Saved for this visit only: this browser is not keeping saves, so saves are off once the page closes.',
  linkRefused: (reason: string) => `The replay link could not be opened. ${reason} A new debate is ready instead.`,
  linkFailed: (error: string) => `The replay link could not be opened: ${error}`,
  linkReplayed: (where: string) => `Replayed a shared debate to ${where}.`,
  tableAt: (table: string, where: string) => `${table}, ${where}`,
} as const;

/** The words of src/app/start.ts. */
const SECTION_start = {
  gameTitle: 'The Round Table',
  /** The page's own words in index.html (English there), set in the page's language. */
  skipToMove: 'Skip to your move',
  nowSpeaking: 'Now speaking',
  // The loading screen (index.html, written at build time by scripts/early-screen.ts): plain words, no script needed.
  loading: 'Setting the table…',
  couldNotStart: 'The game could not start in this browser. Reload the page to try again.',
  needsScript: 'The Round Table needs JavaScript to play.',
  settingsNotKept: 'Settings apply for this visit but cannot be remembered here.',
  noPicture: 'The table picture cannot be drawn in this browser; the debate plays the same without it.',
  storyError: (error: string) => `The edited story stopped with an error: ${error}`,
  storyReloaded: (kept: number, of: number) => `Story reloaded; replayed ${num(kept)} of ${plural(of, { one: '# choice', other: '# choices' })}.`,
} as const;

/** The words of src/ui/play/transcript.ts. */
const SECTION_transcript = {
  stanceNow: (who: string, stance: string) => `[${who} is now ${stance}]`,
  audienceMoved: (change: string, now: number) => `audience ${change} (now ${num(now)})`,
  credibilityMoved: (change: string, now: number) => `your credibility ${change} (now ${num(now)})`,
  dramatized: 'dramatized',
  leadIn: 'lead-in dramatized',
  sources: (ids: readonly string[]) => `source ${ids.join(', ')}`,
  grade: (grade: Grade) => `grade: ${grade}`,
} as const;

/** The words of src/ui/teachers/teacher-labels.ts. */
const SECTION_teacherLabels = {
  exchangeWith: (who: string) => `Exchange with ${who}`,
  mainThread: 'The main thread',
  /** The story's sections that are not an exchange with a guest, by knot name. */
  sections: { opening_remarks: 'Opening remarks', closing_statement: 'Closing statement' } as Readonly<Record<string, string>>,
  firstMove: 'first move',
  afterPressing: 'after pressing',
  afterConceding: 'after conceding',
  afterMove: (move: string) => `after “${move}”`,
  fullTable: 'The full table',
  shortTable: 'The short table',
  /** A grade in words, with a shape so it does not rest on colour. */
  grade: { strong: '▲ strong', partial: '◆ partial', weak: '▽ weak', backfire: '✕ backfire' } as Record<Grade, string>,
  percent: (share: number) => percent(share),
} as const;

/** The words of src/ui/teachers/teacher-hooks.ts. */
const SECTION_teacherHooks = {
  failed: (what: string) => `${what} could not be opened. Reload the page and try again.`,
  check: 'The check',
  privacy: 'The privacy statement',
} as const;

/** The words of src/ui/documents/transcript-export.ts. */
const SECTION_transcriptExport = {
  saved: (kind: 'html' | 'md' | 'json') => `Saved the ${kind === 'html' ? 'web page' : kind === 'md' ? 'Markdown file' : 'run file'} to your downloads.`,
  print: 'Print',
  html: 'Download as a web page (.html)',
  md: 'Download as Markdown (.md)',
  json: 'Download the run file (.json)',
  title: 'Transcript',
  help: 'The whole debate as a document, with the debrief: print it, save it as a web page (opens in any browser) or as Markdown (plain text), or save the run file your teacher can load into the class results.',
  preparing: 'Preparing the debrief for the transcript…',
  ready: 'Ready to print or download.',
} as const;

/** The words of src/ui/branches/compare-view.ts. */
const SECTION_compare = {
  caption: (a: string, b: string) => `${a} and ${b}, side by side`,
  exchange: 'Exchange',
  sharedStart: 'Shared start',
  sameStart: (n: number, through: string) => `Both made the same ${plural(n, { one: 'first choice', other: 'first # choices' })}, through ${through}.`,
  partAtOnce: 'They part ways at the very first decision.',
  firstDifferent: 'First different choice',
  ending: 'Ending',
  tableLabel: 'Comparison table',
  notReached: 'Not reached in this run.',
  grade: { strong: 'strong', partial: 'partial', weak: 'weak', backfire: 'backfired' } as Record<Grade, string>,
  meters: (audience: number, audienceChange: string, credibility: number, credibilityChange: string) => `Audience ${num(audience)} (${audienceChange}) · credibility ${num(credibility)} (${credibilityChange})`,
  endsStance: (who: string, stance: string) => `${who} ends ${stance}`,
  notFinished: 'Not finished',
  endMeters: (audience: number, credibility: number) => `Audience ${num(audience)} · credibility ${num(credibility)}`,
} as const;

/** The words of src/ui/branches/branch-map/flowchart-picture.ts. */
const SECTION_mapPicture = {
  pictureLabel: 'Branch map picture',
  nodeMeters: (decision: number | null, audience: number, credibility: number) => `${decision === null ? 'End' : `#${num(decision)}`} · Aud ${num(audience)} · Cred ${num(credibility)}`,
  youAreHere: 'You are here',
  notTried: (n: number) => plural(n, { one: '# choice not tried yet', other: '# choices not tried yet' }),
} as const;

/** The words of src/ui/kit/dialogs.ts. */
const SECTION_dialogs = {
  close: 'Close',
} as const;

/** The words of src/ui/documents/document-view.ts. */
const SECTION_documentView = {
  notInArticle: '(This paragraph is not in the article.)',
} as const;

/** The words of the branch map (src/ui/branches/branch-map/). */
const SECTION_branchMap = {
  short: 'Short table',
  full: 'Full table',
  now: 'now',
  nodeMeters: (audience: number, credibility: number) => `audience ${num(audience)}, credibility ${num(credibility)}`,
  youAreHereLower: 'you are here',
  onPath: 'on this run’s path',
  allTried: (n: number) => `all ${num(n)} choices tried`,
  someTried: (tried: number, of: number, untried: number) => `${num(tried)} of ${plural(of, { one: '# choice', other: '# choices' })} tried, ${num(untried)} not yet`,
  opponent: (round: number, rounds: number) => `Opponent ${num(round)} of ${num(rounds)}`,
  voices: 'Two more voices',
  closing: 'Closing',
  verdict: 'The verdict',
  opening: 'Opening',
  treeLabel: (table: string, when: string, runs: number, endings: number) => `${table}, begun ${when}: ${plural(runs, { one: '# run', other: '# runs' })}, ${plural(endings, { one: '# ending', other: '# endings' })}`,
  debate: 'Debate',
  nothingYet: 'No debate has been played on this machine yet (or since its data was cleared).',
  note: 'Every decision reached on this machine, for this table. Jump to any of them and choose differently: the run you leave stays on the map.',
  otherBuild: (n: number) => plural(n, { one: '# run from another version of the debate is not shown: its choices may not fit this one.', other: '# runs from another version of the debate are not shown: their choices may not fit this one.' }),
  notKept: 'This browser is not keeping anything, so the map forgets these runs when the page closes.',
  views: 'Branch map views',
  playFirst: 'Play a debate, and every decision you reach will appear here.',
  mapView: 'Map view',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  wholeMapLong: 'Show the whole map',
  wholeMap: 'Whole map',
  whereAmILong: 'Where I am: go to your place on the map',
  whereAmI: 'Where I am',
  help: 'Drag or use the arrow keys to move, the wheel, a pinch or + and − to zoom, 0 for the whole map. Tab to a decision and press Enter (or click it) to see it and jump there; double-click jumps at once. Locked “?” marks count the choices never taken.',
  jumpToEnding: 'Jump to this ending',
  jumpHereAgain: 'Jump here and choose again',
  takenLine: (choice: string, where: string) => `${choice}: ${where}`,
  meters: (audience: number, credibility: number) => `Audience ${num(audience)} · Your credibility ${num(credibility)}`,
  youAreHere: 'You are here.',
  sentence: (text: string) => `${text}.`,
  takenFromHere: 'Taken from here:',
  runsThrough: (n: number) => `Runs through here: ${num(n)}`,
  listHelp: 'The same map as a list: each decision in order, with a list of branches where runs chose differently.',
  youChose: (choice: string) => `You chose ${choice}.`,
  branches: (n: number) => plural(n, { one: '# branch', other: '# branches' }),
  branch: (choice: string, thisRun: boolean) => `Branch: you chose ${choice}${thisRun ? ' (this run)' : ''}.`,
  listMeters: (audience: number, credibility: number) => ` · audience ${num(audience)}, credibility ${num(credibility)}`,
  listTried: (text: string) => ` · ${text}`,
  listHere: ' · you are here',
  jumpHere: 'Jump here',
  jumpHereLong: (where: string) => `Jump here: ${where}`,
  compareNeedsTwo: 'Comparing needs two runs. Finish another debate, or jump to a decision on the map and choose differently.',
  runLabel: (n: number, table: string, when: string, ending: string | null, decisions: number, thisRun: boolean) => `Run ${num(n)}: ${table}, ${when}, ${ending !== null ? `ended “${ending}”` : `stopped after ${num(decisions)} decisions`}${thisRun ? ' (this run)' : ''}`,
  firstRun: 'First run',
  secondRun: 'Second run',
  thisRun: 'this run',
  runName: (n: number) => `run ${num(n)}`,
  ending: (title: string) => `Ending: ${title}`,
  decision: (n: number, who: string) => `Decision ${num(n)}, ${who}`,
  then: (who: string) => `then ${who}`,
  choiceNumber: (n: number) => `choice ${num(n)}`,
  pickTwo: 'Pick two different runs to compare.',
  title: 'Branch map',
} as const;

/** The words of src/ui/teachers/quiz-dialog.ts. */
const SECTION_checkDialog = {
  score: (score: { hits: number; fallacies: number; falseAlarms: number; sound: number; score: number }) => `You caught ${num(score.hits)} of ${num(score.fallacies)} fallacies and marked ${num(score.falseAlarms)} of ${num(score.sound)} sound statements as fallacies. Score: ${num(score.hits)} − ${num(score.falseAlarms)} = ${num(score.score)} (from −${num(score.sound)} to ${num(score.fallacies)}).`,
  youSaid: (given: 'sound' | 'fallacy' | null, right: boolean) => `You said ${given ? given : 'nothing'}${right ? ' ✓' : ' ✗'}.`,
  label: (kind: 'sound' | 'fallacy', label: string) => `${kind === 'sound' ? 'Sound' : 'Fallacy'}: ${label}. `,
  verdict: { sound: 'Sound', fallacy: 'Fallacy' } as Record<'sound' | 'fallacy', string>,
  statement: (n: number, of: number) => `Statement ${num(n)} of ${num(of)}`,
  scoreButton: 'Score my answers',
  markAll: (open: readonly number[]) => `Mark every statement first: ${plural(open.length, { one: 'statement', other: 'statements' })} ${open.map(num).join(', ')} ${plural(open.length, { one: 'is', other: 'are' })} still open.`,
  titleBefore: 'Sound or fallacy? Before the debate',
  titleAfter: 'Sound or fallacy? After the debate',
  yourScore: (score: number) => `Your score: ${num(score)}`,
  note: 'Marking everything "fallacy" would score 0: what counts is telling the two apart.',
  notKept: 'This browser would not let the game keep the result, so it will not be in your run file.',
  answersLater: 'The answers come after your debate: take the check again from the ending screen and compare. Your score stays on this device until you save a run file.',
  change: (before: number, change: number) => `Before the debate you scored ${num(before)}; the change is ${change > 0 ? '+' : ''}${num(change)}.`,
  answers: 'The statements, with the answers',
} as const;

/** The words of src/ui/documents/debrief.ts. */
const SECTION_debrief = {
  working: 'Working out the other moves on offer…',
  nothingBetter: 'Nothing else on offer here would have graded as well as your move.',
  yourClosing: 'your closing',
  exchangeWith: (who: string) => `the exchange with ${who}`,
  tryHint: (where: string, move: string) => `Back at ${where}. Try: “${move}”.`,
  stronger: 'A stronger move here: ',
  asStrong: 'Another move as strong: ',
  itsSource: 'Its source in the article',
  tryIt: 'Try it',
  tryItLong: (where: string, move: string) => `Try it: go back to ${where} and choose “${move}”`,
  question: 'The question',
  claim: 'The claim',
  fromArticle: 'From the article',
  rhetoric: 'The rhetorical move at work',
  askedFirst: 'You asked first',
  noGradedMove: 'No graded move yet.',
  concession: 'Your concession',
  yourMove: 'Your move',
  /** The grade on its badge, and in "Why it was …". */
  grade: { strong: 'strong', partial: 'partial', weak: 'weak', backfire: 'backfire' } as Record<Grade, string>,
  whyGrade: (grade: Grade) => `Why it was ${SECTION_debrief.grade[grade]}`,
  noPrinciple: '(No principle recorded for this move.)',
  whyLabel: 'Why: ',
  stanceMoved: (who: string, before: string, after: string) => `; ${who} went from ${before} to ${after}`,
  leadIn: 'lead-in dramatized',
  principle: 'The principle in the article',
  cardMove: (card: string) => `The card's own move: ${card}`,
  elseTried: 'What else could you have tried',
  room: 'The room',
  glance: 'Your moves at a glance',
  exchange: 'Exchange',
  moveAndGrade: 'Your move and its grade',
  critique: 'Critique the expert',
  critiqueHelp: 'The same lens applies to Mehdi Motaharnia, whose counterpoints you held. Discuss:',
  intro: 'Exchange by exchange: what was claimed and where it comes from, the rhetorical move at work, what you did, how it graded and why, and what else you could have tried. Then the same lens on the expert.',
  ending: 'Ending: ',
  roomEnded: (meters: string) => `. Where the room ended: ${meters}.`,
  stillGoing: (meters: string) => `The debate is still going. So far: ${meters}.`,
  transcript: 'Print or download the transcript',
  aboutSource: 'About the source',
  noExchange: 'No exchange has been played yet.',
  title: 'Debrief',
  workingAll: 'Working out the strongest moves you did not take…',
  allChecked: 'All the other moves on offer have been checked.',
} as const;

/** The words of src/ui/teachers/class-results-view.ts. */
const SECTION_classResults = {
  shareText: (share: string, count: number, of: number) => `${share} (${num(count)} of ${num(of)})`,
  counted: (n: number) => plural(n, { one: '# run counted', other: '# runs counted' }),
  onFull: (n: number) => `${num(n)} on the full table`,
  onShort: (n: number) => `${num(n)} on the short table`,
  summary: 'Summary',
  filesRead: (files: number, counted: string, tables: string, unfinished: number, leftOut: number) => `${plural(files, { one: '# file', other: '# files' })} read: ${counted}${tables ? ` (${tables})` : ''}${unfinished ? `, ${num(unfinished)} of them unfinished` : ''}; ${num(leftOut)} left out.`,
  leftOutHeading: 'Files left out',
  leftOutHelp: 'These files could not be used. The others still count.',
  noneCounted: 'No run could be counted yet. Add run files downloaded from the transcript in this version of the game.',
  endingsReached: 'Endings reached',
  noEnding: 'No run reached an ending yet.',
  endingsCaption: 'How the debates ended',
  endingsColumns: ['ending', 'share of the runs'],
  check: 'The 2-minute check',
  noCheck: 'No run file carries check scores.',
  checkCaption: 'Check scores: hits are fallacies marked fallacy; false alarms are sound statements marked fallacy; the score is their difference',
  checkColumns: ['check', 'students', 'mean hits', 'mean false alarms', 'mean score'],
  before: 'before the debate',
  after: 'after the debate',
  paired: (n: number, change: string) => `${plural(n, { one: '# student', other: '# students' })} took both: mean change ${change} points.`,
  weakHeading: 'Moves most often graded weak or backfire',
  noWeak: 'No move was graded weak or backfire.',
  weakCaption: 'Weak and backfiring moves, most frequent first',
  weakColumns: ['where', 'move', 'weak', 'backfire', 'made'],
  decisionsHeading: 'Each decision: what the class chose',
  reached: (n: number, moves: string) => `Reached by ${plural(n, { one: '# student', other: '# students' })}. By move: ${moves}.`,
  choicesAt: (section: string, after: string) => `Choices at ${section}, ${after}`,
  choiceColumns: ['choice', 'move', 'share of those who reached it'],
  reading: (n: number) => plural(n, { one: 'Reading # file…', other: 'Reading # files…' }),
  replayingFiles: (n: number, of: number) => `Replaying ${num(n)} of ${num(of)}…`,
  replayingCodes: (n: number, of: number) => `Replaying ${num(n)} of ${num(of)}…`,
  done: (runs: number, leftOut: number) => `${plural(runs, { one: '# run', other: '# runs' })} counted, ${num(leftOut)} left out.`,
  choose: 'Choose run files',
  chooseHint: ' (you can pick many at once), or drop them here.',
  print: 'Print these results',
  startOver: 'Start over',
  cleared: 'Cleared. Nothing was kept.',
  title: 'Class results',
  help: 'Pick or drop your students’ run files (each student downloads one from “Print or download the transcript”). They are read here, in this browser, and never uploaded or kept.',
} as const;

/** The words of src/ui/teachers/teacher-map.ts. */
const SECTION_teacherMap = {
  boxTitle: (n: number, section: string, after: string) => `Decision ${num(n)}: ${section}, ${after}`,
  boxText: (n: number, after: string | null) => `${num(n)} · ${after ?? 'first'}`,
  /** The move before a decision, in a word (a box of the picture is small). */
  moveInAWord: { press: 'press', concede: 'concede', rebut: 'card', argue: 'argue', attack: 'attack', closing: 'closing', continue: 'continue' } as Record<Move, string>,
  endingTitle: (title: string) => `Ending: ${title}`,
  dramatized: '(dramatized)',
  card: (name: string) => `card: ${name}`,
  gradeOr: (grades: readonly string[]) => ` — ${grades.join(' or ')}`,
  leadsTo: 'Leads to ',
  decisionLink: (n: number, section: string | null, after: string | null) => `decision ${num(n)}${section !== null ? ` (${section}, ${after ?? ''})` : ''}`,
  orEnds: '; or ends the debate: ',
  ends: 'Ends the debate: ',
  rulesOut: (endings: readonly string[]) => `. Rules out: ${endings.join(', ')}`,
  heading: (table: string, decisions: number, endings: number) => `${table}: ${num(decisions)} decisions, ${num(endings)} endings`,
  workedOut: (states: number, build: string) => `Worked out from the story itself when the game was built: ${num(states)} distinct story states (story build ${build}). Several states meet at each decision; choices show every grade they can earn (a card that already landed earns less).`,
  pictureNote: 'The picture shows the same map as the lists below; click a box to jump to it. Dashed lines: the table walks out.',
  fromDecision: (n: number, section: string, after: string) => `Decision ${num(n)} (${section}, ${after})`,
  endStates: (id: string, states: number) => ` (${id}) — reached in ${num(states)} end states.`,
  leadsHere: (choices: number, decisions: number) => `What leads here: ${plural(choices, { one: '# choice', other: '# choices' })} in ${plural(decisions, { one: '# decision', other: '# decisions' })}`,
  endings: 'Endings',
  decisionHeading: (n: number, after: string, start: boolean) => `Decision ${num(n)}: ${after}${start ? ' (the start)' : ''}`,
  stillPossible: (endings: readonly string[]) => `Endings still possible here: ${endings.join(', ') || 'none'}.`,
  sectionTitle: (section: string, decisions: number) => `${section} (${plural(decisions, { one: '# decision', other: '# decisions' })})`,
  decisions: 'Decisions, in story order',
  openAll: 'Open every section',
  closeAll: 'Close every section',
  whichTable: 'Which table',
  notInMap: 'This table is not in the map.',
  title: 'Teacher mode: the whole map',
  help: 'Every decision of the debate, what leads where, and which endings each choice keeps open or rules out.',
} as const;

/** A figure's stance, on the placards, the ending screen and the transcript. */
const STANCES: Record<Stance, string> = { firm: 'firm', wary: 'wary', open: 'open' };

/** Sound problems (src/platform/audio.ts, deferred-audio.ts). */
const CAPTIONED = 'captions in the transcript carry every cue.';
const SOUND_PROBLEMS = {
  'effects-load': `Sound effects could not be loaded; ${CAPTIONED}`,
  'ambience-load': 'The background room sound could not be loaded; the game is the same without it.',
  play: `A sound effect could not be played; ${CAPTIONED}`,
  locked: `The browser is holding sound back until you click or press a key; until then, ${CAPTIONED}`,
  unsupported: `This browser cannot play sound; ${CAPTIONED}`,
} as const;

/** The transcript's caption for each sound cue (src/platform/audio.ts). */
const SOUND_CAPTIONS = {
  gavel: '[the gavel falls]',
  murmur: '[the audience murmurs]',
  applause: '[applause]',
  chime: '[a soft chime]',
  buzz: '[a dull buzz]',
  'stamp-strong': '[a bright rising chime: strong]',
  'stamp-partial': '[a single clear tone: partial]',
  'stamp-weak': '[a flat low thud: weak]',
} as const;

/** A school's learning platform (an LMS, through the SCORM package) around the game. */
const SECTION_lms = {
  resumed: 'Back where you left off: your course kept this debate.',
  resumeRefused: (why: string) => `Your course kept a debate that cannot be resumed here. ${why} Start a new one and your course will keep that instead.`,
  problem: (kind: 'not-started' | 'refused' | 'threw' | 'too-long', call: string, detail: string) =>
    `${
      kind === 'not-started'
        ? 'Your course’s platform would not start recording this debate'
        : kind === 'too-long'
          ? 'This debate is too long for your course’s platform to keep'
          : 'Your course’s platform did not record part of this debate'
    } (${call}${kind === 'threw' ? ' threw ' : ': '}${detail}). The game plays on and saves on this device; your teacher can still take your run code or run file.`,
} as const;

/** Printing the full transcript: its length, measured before printing (src/ui/documents/page-count.ts). */
const SECTION_print = {
  measuring: 'Counting the pages…',
  pages: (a4: number, letter: number) =>
    `Printed, the full transcript takes ${plural(a4, { one: '# page', other: '# pages' })} on A4 paper${letter === a4 ? ' and on US Letter' : `, ${num(letter)} on US Letter`}. The one-page debrief sheet takes one.`,
  unmeasured: 'The page count could not be measured in this browser.',
} as const;

/** The documents the engine builds (src/debate/documents/document-words.ts): the transcript, the one-page debrief sheet, the handout. */
const signedChange = (n: number) => (n > 0 ? `+${num(n)}` : n < 0 ? `−${num(-n)}` : '±0');
const DOCUMENT_WORDS: DocumentWords = {
  lang: 'en',
  transcript: {
    preset: { full: 'The full table (six opponents)', short: 'The short table (three opponents)' },
    heading: (title) => `${title}: transcript`,
    student: 'Student:',
    runCode: 'Run code:',
    meta: (table, seed, madeAt, build) => `${table} · seed ${seed} · made ${madeAt} UTC · story build ${build}`,
    about:
      'Staged from “Why negotiate with the US again”, an article provided by the Persian service of the Islamic Republic News Agency (IRNA). Lines marked “dramatized” go beyond the article; source ids name its paragraphs, quoted at the end. In a line marked “lead-in dramatized”, the words in italics are the game’s own and the rest is quoted or closely paraphrased from its source. The moderator is invented for the game.',
    dramatized: 'dramatized',
    leadIn: 'lead-in dramatized',
    source: (ids) => `source: ${ids.join(', ')}`,
    grade: (grade) => `grade: ${grade}`,
    gradeWord: { strong: 'strong', partial: 'partial', weak: 'weak', backfire: 'backfire' },
    stance: STANCES,
    why: 'Why:',
    whySources: (ids) => ` (${ids.join(', ')})`,
    move: (text, kind) => `“${text}” (${kind})`,
    moveAndCard: (move, card) => `${move}: ${card}`,
    opening: 'Opening',
    closing: 'Closing statement',
    exchange: 'Exchange',
    listSeparator: ', ',
    ending: (title) => `Ending: ${title}`.trim(),
    articleLabel: (label) => `The article's label: “${label}”`,
    yourMoveLabel: 'Your move:',
    stanceNow: (who, stance, was) => `${who} is now ${stance} (was ${was}).`,
    afterExchange: (meters) => `After this exchange: ${meters}.`,
    roomEnded: (meters) => `Where the room ended: ${meters}.`,
    stanceOf: (who, stance) => `${who}: ${stance}`,
    notEnded: 'The debate had not ended when this transcript was made.',
    sourcesCited: 'Sources cited',
    sourcesHelp: 'Every paragraph of the article this debate cited, in the article’s order.',
    meters: (audience, credibility, change) =>
      `audience ${num(audience)} of ${num(100)}${change ? ` (${signedChange(change.audience)})` : ''}, your credibility ${num(credibility)} of ${num(100)}${change ? ` (${signedChange(change.credibility)})` : ''}`,
    debrief: 'Debrief',
    exchangeTitle: (name, label) => `${name}: “${label}”`,
    closingName: 'Your closing statement',
    question: 'The question',
    claim: 'The claim',
    fromArticle: 'From the article',
    rhetoric: 'The rhetorical move at work',
    askedFirst: 'You asked first',
    asked: (text) => `“${text}”`,
    yourMove: 'Your move',
    concession: 'Your concession',
    noGradedMove: 'No graded move was made in this exchange.',
    whyGrade: (grade) => `Why it was ${grade}`,
    cardMove: (card) => `The card's own move: ${card}`,
    elseTried: 'What else could you have tried',
    noPrinciple: '(No principle recorded for this move.)',
    notWorkedOut: '(Not worked out.)',
    nothingBetter: 'Nothing on offer here would have graded as well as your move.',
    stronger: (move) => `A stronger move here: ${move}`,
    asStrong: (move) => `Another move as strong: ${move}`,
    room: 'The room',
    roomLine: (meters, moved) => `${meters}${moved}.`,
    stanceMoved: (who, before, after) => `; ${who} went from ${before} to ${after}`,
    critique: 'Critique the expert',
    critiqueHelp: 'The same lens applies to Mehdi Motaharnia, whose counterpoints you held. Discuss:',
  },
  sheet: {
    heading: (title) => `${title}: debrief sheet`,
    name: 'Name:',
    blankName: '______________________________',
    date: 'Date:',
    day: (date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`,
    table: { full: 'the full table', short: 'the short table' },
    played: (table) => `Played ${table}.`,
    runCode: 'Run code:',
    ending: 'Ending:',
    unfinished: 'not reached: the debate had not ended',
    room: (audience, credibility) => `The room ${num(audience)} of ${num(100)}, your standing ${num(credibility)} of ${num(100)}.`,
    movesHeading: 'Exchange by exchange',
    columns: ['whom', 'your move', 'grade', 'the strongest move not taken'],
    alternative: (move, grade) => `${move}, ${grade}`,
    nothingBetter: 'nothing stronger was on offer',
    notChecked: 'not worked out yet',
    noMoves: 'No graded move yet.',
    questionsHeading: 'Two questions',
    answer: 'Your answer: ____________________________________________________________________',
  },
  handout: {
    title: 'The Round Table: student handout',
    intro:
      'Six public figures argue against negotiating with the US; the expert Mehdi Motaharnia answers them. Each claim and each counterpoint is quoted from the article, with the id of its paragraph.',
    claims: 'The six claims',
    counterpoints: 'The eight counterpoints',
    claimHeading: (name, title, city, label) => `${name}, ${title}${city ? `, ${city}` : ''}: “${label}”`,
    card: (n, name) => `${num(n)} ${name}`,
    cardSources: (ids) => ` (${ids.join(', ')})`,
    fromArticle: 'From the article:',
    sheet: 'Sound or fallacy?',
    statement: (speaker, source) => `${speaker} (${source}):`,
    quoted: (text) => ` “${text}”`,
    tick: '☐ sound   ☐ fallacy   Why? ______________________________________',
  },
  compare: {
    opening: 'the opening',
    closing: 'the closing',
    same: (a, b) => `${a.charAt(0).toUpperCase()}${a.slice(1)} and ${b} made the same choices.`,
    noDifference: (a, b) => `No choice after the runs part ways moved the meters differently: ${a} and ${b} gained and lost the same.`,
    neverGotThere: (run) => `${run} never got there`,
    chose: (run, choice, audience, credibility) => `${run} chose “${choice}” (audience ${signedChange(audience)}, credibility ${signedChange(credibility)})`,
    biggest: (where, a, b) => `The biggest difference to the meters came with ${where}: ${a}, where ${b}.`,
  },
};

export const en = {
  lms: SECTION_lms,
  print: SECTION_print,
  soundCaptions: SOUND_CAPTIONS,
  stances: STANCES,
  soundProblems: SOUND_PROBLEMS,
  teacherMap: SECTION_teacherMap,
  classResults: SECTION_classResults,
  debrief: SECTION_debrief,
  checkDialog: SECTION_checkDialog,
  branchMap: SECTION_branchMap,
  documentView: SECTION_documentView,
  dialogs: SECTION_dialogs,
  mapPicture: SECTION_mapPicture,
  compare: SECTION_compare,
  transcriptExport: SECTION_transcriptExport,
  teacherHooks: SECTION_teacherHooks,
  teacherLabels: SECTION_teacherLabels,
  transcript: SECTION_transcript,
  start: SECTION_start,
  app: SECTION_app,
  teachers: SECTION_teachers,
  privacy: SECTION_privacy,
  sources: SECTION_sources,
  slots: SECTION_slots,
  share: SECTION_share,
  settingsDialog: SECTION_settingsDialog,
  dialogue: SECTION_dialogue,
  hud: SECTION_hud,
  pause: SECTION_pause,
  screens: SECTION_screens,
  reason: reasonText,
  words: WORDS,
  grades: GRADE_WORDS,
  stamps: STAMP_WORDS,
  classroom: CLASS_WORDS,
  map: MAP_WORDS,
  title: TITLE_WORDS,
  documents: DOCUMENT_WORDS,
};
