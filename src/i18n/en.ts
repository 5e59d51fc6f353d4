// The English catalogue's core: the words the game's own chrome shows up to and through a debate
// (the title menu, the show's HUD, on-air graphics and grade stamps; why something read from outside
// could not be used, from src/debate/persistence/reasons.ts codes; the notices about storage, other
// tabs, saves and new versions; the pause menu). The dialogs' words are its second part,
// en-dialogs.ts, loaded with the first dialog. Together they are the reference catalogue: their keys
// and message signatures are every language's (src/i18n/index.ts). Story words come from story/ and
// the cast sheet, never from here.
import { formatters } from './format.ts';
import type { Grade, Stance } from '../debate/core/contract.ts';
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

export const kb = (chars: number) => `${Math.max(1, Math.round(chars / 1024))} KB`;

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

export const { num, percent, plural } = formatters('en');

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
  /** A move's key as its button shows it ("1", "P"), in the language's own digits. */
  keyLabel: (key: string) => key,
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
  savedHint: 'Your save slots, saves to move to another computer, and anything set aside',
  importTooLarge: (size: number) => `That file is too large to be a save (${kb(size)}).`,
  importRefused: (reason: string) => `That file cannot be played here. ${reason} Nothing was changed.`,
  importUnreadable: 'The browser could not read that file.',
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
    /** A move's grade in an exchange's cell. */
    grade: { strong: 'strong', partial: 'partial', weak: 'weak', backfire: 'backfire' } as Record<Grade, string>,
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

/** The words of src/ui/play/sources.ts. */
const SECTION_sources = {
  intro: 'The debate is staged from “Why negotiate with the US again”, provided by the Persian service of the Islamic Republic News Agency (IRNA); English text as published. Each paragraph carries the id the game cites.',
  title: 'Sources',
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
  sources: (ids: readonly string[]) => `source ${SECTION_lists.items(ids)}`,
  grade: (grade: Grade) => `grade: ${grade}`,
  /** A line's notes after it, in brackets: dramatized, its sources, its grade. */
  notes: (parts: readonly string[]) => ` (${SECTION_lists.groups(parts)})`,
  /** A caption's parts (the meters that moved), in square brackets. */
  captionParts: (parts: readonly string[]) => `[${SECTION_lists.groups(parts)}]`,
} as const;

/** The words of src/ui/teachers/teacher-hooks.ts. */
const SECTION_teacherHooks = {
  failed: (what: string) => `${what} could not be opened. Reload the page and try again.`,
  check: 'The check',
  privacy: 'The privacy statement',
} as const;

/** The words of src/ui/kit/dialogs.ts. */
const SECTION_dialogs = {
  close: 'Close',
} as const;

/**
 * How the code joins and quotes words it did not write itself (names, grades, choices, paragraph
 * ids): each language's own comma, semicolon and quotation marks.
 */
const SECTION_lists = {
  /** A run of like items: "a, b, c". */
  items: (parts: readonly string[]) => parts.join(', '),
  /** Items that may hold commas themselves (a line's notes, a map node's parts, a spreadsheet cell's grades): "a; b". */
  groups: (parts: readonly string[]) => parts.join('; '),
  /** The parts of one description, e.g. a save's name, place and time: "a · b · c". */
  parts: (parts: readonly string[]) => parts.join(' · '),
  /** Words quoted as said or written (a choice, a save's name). */
  quoted: (text: string) => `“${text}”`,
} as const;

/** A figure's stance, on the placards, the ending screen and the transcript. */
export const STANCES: Record<Stance, string> = { firm: 'firm', wary: 'wary', open: 'open' };

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

/** The documents the engine builds (src/debate/documents/document-words.ts): the transcript, the one-page debrief sheet, the handout. */
export const enCore = {
  lms: SECTION_lms,
  soundCaptions: SOUND_CAPTIONS,
  stances: STANCES,
  soundProblems: SOUND_PROBLEMS,
  dialogs: SECTION_dialogs,
  lists: SECTION_lists,
  teacherHooks: SECTION_teacherHooks,
  transcript: SECTION_transcript,
  start: SECTION_start,
  app: SECTION_app,
  teachers: SECTION_teachers,
  sources: SECTION_sources,
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
};
