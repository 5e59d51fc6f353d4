// The Persian catalogue's second part (see en-dialogs.ts): the words only dialogs show, loaded with
// the first dialog that needs them. The core is fa.ts; the conventions are written at its top.
import { num, percent, plural, STANCES, digits, SECTION_debrief_grade, kb } from './fa.ts';
import type { Grade, Move } from '../debate/core/contract.ts';
import type { DocumentWords } from '../debate/documents/document-words.ts';
/** The words of src/ui/play/settings-dialog.ts. */
const SECTION_settingsDialog = {
  slow: 'آهسته',
  normal: 'معمولی',
  fast: 'تند',
  instant: 'بی‌درنگ',
  percent: (fraction: number) => percent(fraction),
  clearData: 'پاک کردن داده‌های من',
  clearConfirm: 'همه ذخیره‌ها، تنظیمات و سابقه بحث‌های گذشته‌ای که این بازی در این مرورگر نگه داشته پاک شود؟',
  title: 'تنظیمات',
  textSize: 'اندازه متن',
  textSpeed: 'سرعت متن',
  reduceMotion: 'کاهش حرکت (جمله‌ها یکجا، بدون پویانمایی)',
  highContrast: 'کنتراست بالا',
  effects: 'بلندی جلوه‌های صوتی',
  ambience: 'بلندی صدای سالن',
  mute: 'بی‌صدا کردن همه صداها',
  yourData: 'داده‌های شما',
  dataKept: 'ذخیره‌ها، تنظیمات و سابقه بحث‌های گذشته شما فقط در همین مرورگر می‌مانند. هیچ چیز به جایی فرستاده نمی‌شود.',
  dataNotKept: 'این مرورگر نمی‌گذارد بازی چیزی ذخیره کند، پس ذخیره خاموش است: بحث تا وقتی صفحه را ببندید در حافظه می‌ماند. هیچ چیز به جایی فرستاده نمی‌شود.',
} as const;

/** The words of src/ui/branches/share.ts. */
const SECTION_share = {
  copying: 'در حال رونوشت…',
  copyAgain: 'رونوشت دوباره',
  copied: 'از پیوند رونوشت گرفته شد.',
  copyRefused: 'این مرورگر نگذاشت بازی رونوشت بگیرد. پیوند در پایین انتخاب شده است: با Ctrl+C (یا ⌘+C) از آن رونوشت بگیرید.',
  title: 'هم‌رسانی این بحث',
  help: (where: string) => `هر کس این پیوند را باز کند، این بحث را تا همین نقطه (${where}) با همین متن گفت‌وگو بازپخش می‌کند. پیوند فقط میز، انتخاب‌ها و نسخه بحث را در خود دارد؛ هیچ چیز به جایی فرستاده نمی‌شود.`,
  link: 'پیوند بازپخش',
} as const;

/** The words of the Saved debates dialog (src/ui/branches/slots.ts). */
const SECTION_savedDebates = {
  savedTitle: 'بحث‌های ذخیره‌شده',
  exportSlot: (label: string) => `بارگیری ${label}`,
  importTitle: 'آوردن ذخیره‌ای از رایانه‌ای دیگر',
  importHelp: 'فایل ذخیره‌ای را که از این بازی بارگیری شده (مثلاً روی رایانه‌ای دیگر) انتخاب کنید. مثل هر ذخیره‌ای بررسی می‌شود و از همان جایی که ذخیره شده بازی می‌شود.',
  importChoose: 'انتخاب فایل ذخیره',
  asideTitle: 'کنار گذاشته‌ها',
  asideHelp: 'چیزهایی که بازی نتوانست بخواند به جای پاک شدن اینجا نگه داشته می‌شوند. یکی را بارگیری کنید تا نگهش دارید یا برای کسی بفرستید که بتواند بررسی‌اش کند، یا پاکش کنید.',
  asideNone: 'چیزی کنار گذاشته نشده است.',
  asideFrom: (from: string) =>
    ({
      'save:auto': 'ذخیره خودکار',
      'save:slot-1': `خانه ${num(1)}`,
      'save:slot-2': `خانه ${num(2)}`,
      'save:slot-3': `خانه ${num(3)}`,
      runs: 'سابقه بحث‌های گذشته',
      settings: 'تنظیمات',
      check: 'پاسخ‌های آزمونک',
    })[from] ?? from,
  asideWhen: (when: string | null, size: number) => [when ? `کنار گذاشته در ${when}` : '', kb(size)].filter(Boolean).join(' · '),
  asideWhy: (reason: string | null) => reason ?? 'اکنون خواندنی است؛ زمانی کنار گذاشته شد که خواندنی نبود.',
  download: 'بارگیری',
  delete: 'پاک کردن',
  deleted: 'پاک شد.',
  deleteFailed: 'مرورگر آن را پاک نکرد.',
  spaceTitle: 'باز کردن جا',
  spaceHelp: (finished: number) =>
    finished > 0
      ? `سابقه ${plural(finished, { one: '# بحث تمام‌شده', other: '# بحث تمام‌شده' })} را نگه داشته است. پاک کردن همه جز ${num(20)} بحث آخر جا باز می‌کند؛ آن‌گاه نقشه شاخه‌ها دورهای کمتری نشان می‌دهد.`
      : 'در سابقه بحث‌های گذشته بحث تمام‌شده‌ای برای پاک کردن نیست.',
  removeOldRuns: 'پاک کردن بحث‌های تمام‌شده قدیمی‌تر',
  removedRuns: (n: number) => (n === 0 ? 'چیزی برای پاک کردن نبود.' : plural(n, { one: '# بحث قدیمی‌تر پاک شد.', other: '# بحث قدیمی‌تر پاک شد.' })),
} as const;

/** The words of src/ui/branches/slots.ts. */
const SECTION_slots = {
  empty: 'خالی',
  unnamed: 'بی‌نام',
  saved: (when: string) => `ذخیره‌شده در ${when}`,
  damaged: 'به نظر می‌رسد این ذخیره آسیب دیده است',
  where: (table: string, decisions: number) => `${table}، ${plural(decisions, { one: 'پس از # تصمیم', other: 'پس از # تصمیم' })}`,
  replaceSlot: (slot: string) => `جایگزینی خانه ${digits(slot)} با این بحث`,
  saveToSlot: (slot: string) => `ذخیره در خانه ${digits(slot)}`,
  savedToSlot: (slot: string) => `در خانه ${digits(slot)} ذخیره شد.`,
  slot: (slot: string) => `خانه ${digits(slot)}`,
  name: 'نام',
  title: 'ذخیره در یک خانه',
  help: 'نامی به ذخیره بدهید که بشناسید. ذخیره خودکار هم ادامه دارد.',
  autosaveHeading: 'ذخیره خودکار: ',
  slotHeading: (slot: string) => `خانه ${digits(slot)}: `,
  loadSlot: (slot: string) => `بارگذاری خانه ${digits(slot)}`,
  exportLabel: { auto: 'ذخیره خودکار', 'slot-1': `خانه ${num(1)}`, 'slot-2': `خانه ${num(2)}`, 'slot-3': `خانه ${num(3)}` } as Record<'auto' | 'slot-1' | 'slot-2' | 'slot-3', string>,
} as const;

/** The words of src/ui/teachers/privacy.ts. */
const SECTION_privacy = {
  title: 'حریم خصوصی',
  clearNote: '«تنظیمات ← پاک کردن داده‌های من» در صفحه عنوان و در منوی میان بحث هست.',
} as const;

/** The words of src/ui/teachers/teacher-labels.ts. */
const SECTION_teacherLabels = {
  exchangeWith: (who: string) => `رویارویی با ${who}`,
  mainThread: 'رشته اصلی',
  sections: { opening_remarks: 'سخنان آغازین', closing_statement: 'جمع‌بندی' } as Readonly<Record<string, string>>,
  firstMove: 'حرکت نخست',
  afterPressing: 'پس از توضیح خواستن',
  afterConceding: 'پس از پذیرفتن نکته‌ای درست',
  afterMove: (move: string) => `پس از «${move}»`,
  fullTable: 'میز کامل',
  shortTable: 'میز کوتاه',
  grade: { strong: '▲ قوی', partial: '◆ نسبی', weak: '▽ ضعیف', backfire: '✕ نتیجه معکوس' } as Record<Grade, string>,
  percent: (share: number) => percent(share),
} as const;

/** The words of src/ui/documents/transcript-export.ts. */
const SECTION_transcriptExport = {
  saved: (kind: 'html' | 'md' | 'json') => `${kind === 'html' ? 'صفحه وب' : kind === 'md' ? 'فایل مارک‌داون' : 'فایل بازی'} در پوشه بارگیری‌های شما ذخیره شد.`,
  print: 'چاپ',
  html: 'بارگیری به صورت صفحه وب (\u2068.html\u2069)',
  md: 'بارگیری به صورت مارک‌داون (\u2068.md\u2069)',
  json: 'بارگیری فایل بازی (\u2068.json\u2069)',
  title: 'متن گفت‌وگو',
  help: 'کل بحث به صورت یک سند، همراه با مرور بحث: چاپش کنید، به صورت صفحه وب (در هر مرورگری باز می‌شود) یا مارک‌داون (متن ساده) ذخیره‌اش کنید، یا فایل بازی را ذخیره کنید تا معلمتان آن را در نتایج کلاس بارگذاری کند.',
  preparing: 'در حال آماده کردن مرور بحث برای متن گفت‌وگو…',
  ready: 'آماده چاپ یا بارگیری.',
} as const;

/** The words of src/ui/branches/compare-view.ts. */
const SECTION_compare = {
  caption: (a: string, b: string) => `${a} و ${b}، کنار هم`,
  exchange: 'رویارویی',
  sharedStart: 'آغاز مشترک',
  sameStart: (n: number, through: string) => `هر دو ${plural(n, { one: 'در نخستین انتخاب', other: 'در # انتخاب نخست' })} یکسان عمل کردند، تا ${through}.`,
  partAtOnce: 'از همان نخستین تصمیم راهشان جدا می‌شود.',
  firstDifferent: 'نخستین انتخاب متفاوت',
  ending: 'پایان',
  tableLabel: 'جدول مقایسه',
  notReached: 'در این دور به اینجا نرسید.',
  grade: { strong: 'قوی', partial: 'نسبی', weak: 'ضعیف', backfire: 'نتیجه معکوس' } as Record<Grade, string>,
  meters: (audience: number, audienceChange: string, credibility: number, credibilityChange: string) =>
    `حاضران ${num(audience)} (${digits(audienceChange)}) · اعتبار ${num(credibility)} (${digits(credibilityChange)})`,
  endsStance: (who: string, stance: string) => `${who} در پایان ${stance}`,
  notFinished: 'تمام نشده',
  endMeters: (audience: number, credibility: number) => `حاضران ${num(audience)} · اعتبار ${num(credibility)}`,
} as const;

/** The words of src/ui/branches/branch-map/flowchart-picture.ts. */
const SECTION_mapPicture = {
  pictureLabel: 'تصویر نقشه شاخه‌ها',
  nodeMeters: (decision: number | null, audience: number, credibility: number) =>
    `${decision === null ? 'پایان' : `#${num(decision)}`} · حاضران ${num(audience)} · اعتبار ${num(credibility)}`,
  youAreHere: 'شما اینجایید',
  notTried: (n: number) => plural(n, { one: '# انتخاب هنوز امتحان‌نشده', other: '# انتخاب هنوز امتحان‌نشده' }),
} as const;

/** The words of src/ui/documents/document-view.ts. */
const SECTION_documentView = {
  notInArticle: '(این بند در مقاله نیست.)',
} as const;

/** The words of the branch map (src/ui/branches/branch-map/). */
const SECTION_branchMap = {
  short: 'میز کوتاه',
  full: 'میز کامل',
  now: 'اکنون',
  nodeMeters: (audience: number, credibility: number) => `حاضران ${num(audience)}، اعتبار ${num(credibility)}`,
  youAreHereLower: 'شما اینجایید',
  onPath: 'در مسیر این دور',
  allTried: (n: number) => `هر ${num(n)} انتخاب امتحان شده`,
  someTried: (tried: number, of: number, untried: number) => `${num(tried)} از ${plural(of, { one: '# انتخاب', other: '# انتخاب' })} امتحان شده، ${num(untried)} هنوز نه`,
  opponent: (round: number, rounds: number) => `مخالف ${num(round)} از ${num(rounds)}`,
  voices: 'دو صدای دیگر',
  closing: 'جمع‌بندی',
  verdict: 'داوری',
  opening: 'آغاز',
  treeLabel: (table: string, when: string, runs: number, endings: number) =>
    `${table}، آغازشده در ${when}: ${plural(runs, { one: '# دور', other: '# دور' })}، ${plural(endings, { one: '# پایان', other: '# پایان' })}`,
  debate: 'بحث',
  nothingYet: 'هنوز هیچ بحثی روی این دستگاه بازی نشده است (یا از وقتی داده‌هایش پاک شده).',
  note: 'همه تصمیم‌هایی که روی این دستگاه برای این میز به آنها رسیده‌اید. به هر کدام بروید و انتخاب دیگری کنید: دوری که رها می‌کنید روی نقشه می‌ماند.',
  otherBuild: (n: number) =>
    plural(n, {
      one: '# دور از نسخه دیگری از بحث نشان داده نمی‌شود: شاید انتخاب‌هایش با این نسخه جور نباشند.',
      other: '# دور از نسخه دیگری از بحث نشان داده نمی‌شوند: شاید انتخاب‌هایشان با این نسخه جور نباشند.',
    }),
  notKept: 'این مرورگر چیزی نگه نمی‌دارد، پس نقشه با بستن صفحه این دورها را فراموش می‌کند.',
  views: 'نماهای نقشه شاخه‌ها',
  playFirst: 'یک بحث بازی کنید تا هر تصمیمی که به آن می‌رسید اینجا نشان داده شود.',
  mapView: 'نمای نقشه',
  zoomIn: 'بزرگ‌نمایی',
  zoomOut: 'کوچک‌نمایی',
  wholeMapLong: 'نمایش کل نقشه',
  wholeMap: 'کل نقشه',
  whereAmILong: 'من کجایم: رفتن به جای شما روی نقشه',
  whereAmI: 'من کجایم',
  help: 'برای جابه‌جایی بکشید یا از کلیدهای جهت استفاده کنید؛ برای بزرگ‌نمایی از چرخ ماوس، دو انگشت یا کلیدهای + و − استفاده کنید، و ۰ برای کل نقشه. با Tab به یک تصمیم بروید و Enter را بزنید (یا رویش کلیک کنید) تا آن را ببینید و به آن بروید؛ دوبار کلیک یکباره به آن می‌برد. نشانه‌های قفل «؟» انتخاب‌هایی را می‌شمارند که هرگز انجام نشده‌اند.',
  jumpToEnding: 'رفتن به این پایان',
  jumpHereAgain: 'رفتن به اینجا و انتخاب دوباره',
  takenLine: (choice: string, where: string) => `${choice}: ${where}`,
  meters: (audience: number, credibility: number) => `حاضران ${num(audience)} · اعتبار شما ${num(credibility)}`,
  youAreHere: 'شما اینجایید.',
  sentence: (text: string) => `${text}.`,
  takenFromHere: 'انتخاب‌شده از اینجا:',
  runsThrough: (n: number) => `دورهایی که از اینجا می‌گذرند: ${num(n)}`,
  listHelp: 'همان نقشه به صورت فهرست: هر تصمیم به ترتیب، با فهرستی از شاخه‌ها هر جا که دورها انتخاب متفاوتی کرده‌اند.',
  youChose: (choice: string) => `شما ${choice} را انتخاب کردید.`,
  branches: (n: number) => plural(n, { one: '# شاخه', other: '# شاخه' }),
  branch: (choice: string, thisRun: boolean) => `شاخه: شما ${choice} را انتخاب کردید${thisRun ? ' (این دور)' : ''}.`,
  listMeters: (audience: number, credibility: number) => ` · حاضران ${num(audience)}، اعتبار ${num(credibility)}`,
  listTried: (text: string) => ` · ${text}`,
  listHere: ' · شما اینجایید',
  jumpHere: 'رفتن به اینجا',
  jumpHereLong: (where: string) => `رفتن به اینجا: ${where}`,
  compareNeedsTwo: 'برای مقایسه دو دور لازم است. بحث دیگری را تمام کنید، یا روی نقشه به یک تصمیم بروید و انتخاب دیگری کنید.',
  runLabel: (n: number, table: string, when: string, ending: string | null, decisions: number, thisRun: boolean) =>
    `دور ${num(n)}: ${table}، ${when}، ${ending !== null ? `پایان «${ending}»` : `متوقف پس از ${num(decisions)} تصمیم`}${thisRun ? ' (این دور)' : ''}`,
  firstRun: 'دور نخست',
  secondRun: 'دور دوم',
  thisRun: 'این دور',
  runName: (n: number) => `دور ${num(n)}`,
  ending: (title: string) => `پایان: ${title}`,
  decision: (n: number, who: string) => `تصمیم ${num(n)}، ${who}`,
  then: (who: string) => `سپس ${who}`,
  choiceNumber: (n: number) => `انتخاب ${num(n)}`,
  pickTwo: 'دو دور متفاوت را برای مقایسه انتخاب کنید.',
  title: 'نقشه شاخه‌ها',
} as const;

/** The words of src/ui/teachers/quiz-dialog.ts. */
const SECTION_checkDialog = {
  score: (score: { hits: number; fallacies: number; falseAlarms: number; sound: number; score: number }) =>
    `شما ${num(score.hits)} مغالطه از ${num(score.fallacies)} مغالطه را پیدا کردید و ${num(score.falseAlarms)} گزاره درست از ${num(score.sound)} گزاره درست را مغالطه دانستید. امتیاز: ${num(score.hits)} − ${num(score.falseAlarms)} = ${num(score.score)} (از −${num(score.sound)} تا ${num(score.fallacies)}).`,
  youSaid: (given: 'sound' | 'fallacy' | null, right: boolean) => `پاسخ شما: ${given ? SECTION_checkDialog_verdict[given] : 'هیچ'}${right ? ' ✓' : ' ✗'}.`,
  label: (kind: 'sound' | 'fallacy', label: string) => `${SECTION_checkDialog_verdict[kind]}: ${label}. `,
  verdict: { sound: 'درست', fallacy: 'مغالطه' } as Record<'sound' | 'fallacy', string>,
  statement: (n: number, of: number) => `گزاره ${num(n)} از ${num(of)}`,
  scoreButton: 'نمره دادن به پاسخ‌هایم',
  markAll: (open: readonly number[]) => `اول همه گزاره‌ها را علامت بزنید: ${plural(open.length, { one: 'گزاره', other: 'گزاره‌های' })} ${open.map(num).join('، ')} هنوز بی‌پاسخ ${plural(open.length, { one: 'است', other: 'هستند' })}.`,
  titleBefore: 'درست یا مغالطه؟ پیش از بحث',
  titleAfter: 'درست یا مغالطه؟ پس از بحث',
  yourScore: (score: number) => `امتیاز شما: ${num(score)}`,
  note: 'اگر همه را «مغالطه» علامت بزنید امتیازتان صفر می‌شود: آنچه اهمیت دارد تشخیص این دو از هم است.',
  notKept: 'این مرورگر نگذاشت بازی نتیجه را نگه دارد، پس در فایل بازی شما نخواهد بود.',
  answersLater: 'پاسخ‌ها پس از بحث می‌آیند: آزمونک را دوباره از صفحه پایان بزنید و مقایسه کنید. امتیاز شما تا وقتی فایل بازی را ذخیره کنید روی همین دستگاه می‌ماند.',
  change: (before: number, change: number) => `پیش از بحث امتیازتان ${num(before)} بود؛ تغییر: ${change > 0 ? '+' : ''}${num(change)}.`,
  answers: 'گزاره‌ها، همراه با پاسخ‌ها',
} as const;

const SECTION_checkDialog_verdict: Record<'sound' | 'fallacy', string> = { sound: 'درست', fallacy: 'مغالطه' };

/** The words of src/ui/documents/debrief.ts. */
const SECTION_debrief = {
  working: 'در حال بررسی حرکت‌های دیگری که در دسترس بود…',
  nothingBetter: 'هیچ حرکت دیگری در اینجا نمره‌ای به خوبی حرکت شما نمی‌گرفت.',
  yourClosing: 'جمع‌بندی شما',
  exchangeWith: (who: string) => `رویارویی با ${who}`,
  tryHint: (where: string, move: string) => `بازگشت به ${where}. امتحان کنید: «${move}».`,
  stronger: 'حرکتی قوی‌تر در اینجا: ',
  asStrong: 'حرکت دیگری به همین قوت: ',
  itsSource: 'منبع آن در مقاله',
  tryIt: 'امتحانش کنید',
  tryItLong: (where: string, move: string) => `امتحانش کنید: به ${where} برگردید و «${move}» را انتخاب کنید`,
  question: 'پرسش',
  claim: 'ادعا',
  fromArticle: 'از مقاله',
  rhetoric: 'شگرد بلاغی در کار',
  askedFirst: 'اول توضیح خواستید',
  noGradedMove: 'هنوز حرکت نمره‌داری نیست.',
  concession: 'پذیرش شما',
  yourMove: 'حرکت شما',
  grade: SECTION_debrief_grade,
  whyGrade: (grade: Grade) => `چرا ${SECTION_debrief_grade[grade]} بود`,
  noPrinciple: '(برای این حرکت اصلی ثبت نشده است.)',
  whyLabel: 'چرا: ',
  stanceMoved: (who: string, before: string, after: string) => `؛ ${who} از ${before} به ${after} رسید`,
  leadIn: 'مقدمه نمایشی',
  principle: 'اصل مربوط در مقاله',
  cardMove: (card: string) => `حرکت خود کارت: ${card}`,
  elseTried: 'چه چیز دیگری می‌توانستید امتحان کنید',
  room: 'سالن',
  glance: 'حرکت‌های شما در یک نگاه',
  exchange: 'رویارویی',
  moveAndGrade: 'حرکت شما و نمره‌اش',
  critique: 'نقد کارشناس',
  critiqueHelp: 'همین نگاه درباره مهدی مطهرنیا هم به کار می‌رود، که پاسخ‌های متقابلش در دست شما بود. گفت‌وگو کنید:',
  intro: 'رویارویی به رویارویی: چه ادعایی شد و از کجا آمده، چه شگرد بلاغی در کار بود، شما چه کردید، چه نمره‌ای گرفت و چرا، و چه چیز دیگری می‌توانستید امتحان کنید. سپس همین نگاه درباره کارشناس.',
  ending: 'پایان: ',
  roomEnded: (meters: string) => `. حال‌وهوای سالن در پایان: ${meters}.`,
  stillGoing: (meters: string) => `بحث هنوز ادامه دارد. تا اینجا: ${meters}.`,
  transcript: 'چاپ یا بارگیری متن گفت‌وگو',
  aboutSource: 'درباره منبع',
  noExchange: 'هنوز هیچ رویارویی‌ای بازی نشده است.',
  title: 'مرور بحث',
  workingAll: 'در حال یافتن قوی‌ترین حرکت‌هایی که انجام ندادید…',
  allChecked: 'همه حرکت‌های دیگری که در دسترس بود بررسی شدند.',
} as const;

/** The words of src/ui/teachers/class-results-view.ts. */
const SECTION_classResults = {
  shareText: (share: string, count: number, of: number) => `${share} (${num(count)} از ${num(of)})`,
  counted: (n: number) => plural(n, { one: '# دور شمرده شد', other: '# دور شمرده شد' }),
  onFull: (n: number) => `${num(n)} روی میز کامل`,
  onShort: (n: number) => `${num(n)} روی میز کوتاه`,
  summary: 'خلاصه',
  filesRead: (files: number, counted: string, tables: string, unfinished: number, leftOut: number) =>
    `${plural(files, { one: '# فایل', other: '# فایل' })} خوانده شد: ${counted}${tables ? ` (${tables})` : ''}${unfinished ? `، ${num(unfinished)} تا ناتمام` : ''}؛ ${num(leftOut)} کنار گذاشته شد.`,
  leftOutHeading: 'فایل‌های کنار گذاشته',
  leftOutHelp: 'این فایل‌ها به کار نیامدند. بقیه همچنان شمرده می‌شوند.',
  noneCounted: 'هنوز هیچ دوری شمرده نشده است. فایل‌های بازی‌ای را که از متن گفت‌وگو در همین نسخه بازی بارگیری شده‌اند بیفزایید.',
  endingsReached: 'پایان‌های به‌دست‌آمده',
  noEnding: 'هنوز هیچ دوری به پایانی نرسیده است.',
  endingsCaption: 'بحث‌ها چگونه پایان یافتند',
  endingsColumns: ['پایان', 'سهم از دورها'],
  check: 'آزمونک دودقیقه‌ای',
  noCheck: 'هیچ فایل بازی‌ای امتیاز آزمونک ندارد.',
  checkCaption: 'امتیازهای آزمونک: پیدا کردن یعنی مغالطه‌ای که مغالطه علامت خورده؛ هشدار نادرست یعنی گزاره درستی که مغالطه علامت خورده؛ امتیاز تفاضل این دو است',
  checkColumns: ['آزمونک', 'دانش‌آموزان', 'میانگین پیدا کردن', 'میانگین هشدار نادرست', 'میانگین امتیاز'],
  before: 'پیش از بحث',
  after: 'پس از بحث',
  paired: (n: number, change: string) => `${plural(n, { one: '# دانش‌آموز', other: '# دانش‌آموز' })} هر دو را زدند: میانگین تغییر ${digits(change)} امتیاز.`,
  weakHeading: 'حرکت‌هایی که بیشتر از همه ضعیف یا با نتیجه معکوس نمره گرفتند',
  noWeak: 'هیچ حرکتی ضعیف یا با نتیجه معکوس نمره نگرفت.',
  weakCaption: 'حرکت‌های ضعیف و با نتیجه معکوس، پرتکرارترین در آغاز',
  weakColumns: ['کجا', 'حرکت', 'ضعیف', 'نتیجه معکوس', 'دفعات'],
  decisionsHeading: 'هر تصمیم: کلاس چه انتخاب کرد',
  reached: (n: number, moves: string) => `${plural(n, { one: '# دانش‌آموز', other: '# دانش‌آموز' })} به اینجا رسیدند. بر پایه حرکت: ${moves}.`,
  choicesAt: (section: string, after: string) => `انتخاب‌ها در ${section}، ${after}`,
  choiceColumns: ['انتخاب', 'حرکت', 'سهم از کسانی که به آن رسیدند'],
  reading: (n: number) => plural(n, { one: 'در حال خواندن # فایل…', other: 'در حال خواندن # فایل…' }),
  replayingFiles: (n: number, of: number) => `در حال بازپخش ${num(n)} از ${num(of)}…`,
  replayingCodes: (n: number, of: number) => `در حال بازپخش ${num(n)} از ${num(of)}…`,
  done: (runs: number, leftOut: number) => `${plural(runs, { one: '# دور', other: '# دور' })} شمرده شد، ${num(leftOut)} کنار گذاشته شد.`,
  choose: 'انتخاب فایل‌های بازی',
  chooseHint: ' (می‌توانید چند فایل را با هم انتخاب کنید)، یا آنها را اینجا رها کنید.',
  print: 'چاپ این نتایج',
  startOver: 'از نو',
  cleared: 'پاک شد. چیزی نگه داشته نشد.',
  title: 'نتایج کلاس',
  help: 'فایل‌های بازی دانش‌آموزانتان را انتخاب کنید یا اینجا رها کنید (هر دانش‌آموز فایلش را از «چاپ یا بارگیری متن گفت‌وگو» بارگیری می‌کند). همین‌جا، در همین مرورگر، خوانده می‌شوند و هرگز بارگذاری یا نگه داشته نمی‌شوند.',
} as const;

/** The words of src/ui/teachers/teacher-map.ts. */
const SECTION_teacherMap = {
  boxTitle: (n: number, section: string, after: string) => `تصمیم ${num(n)}: ${section}، ${after}`,
  // Not a middle dot: beside a Persian digit it reads as a zero (۰).
  boxText: (n: number, after: string | null) => `${num(n)}، ${after ?? 'نخست'}`,
  moveInAWord: { press: 'توضیح', concede: 'پذیرش', rebut: 'کارت', argue: 'استدلال', attack: 'حمله', closing: 'جمع‌بندی', continue: 'ادامه' } as Record<Move, string>,
  endingTitle: (title: string) => `پایان: ${title}`,
  dramatized: '(نمایشی)',
  card: (name: string) => `کارت: ${name}`,
  gradeOr: (grades: readonly string[]) => ` — ${grades.join(' یا ')}`,
  leadsTo: 'می‌رسد به ',
  decisionLink: (n: number, section: string | null, after: string | null) => `تصمیم ${num(n)}${section !== null ? ` (${section}، ${after ?? ''})` : ''}`,
  orEnds: '؛ یا بحث را تمام می‌کند: ',
  ends: 'بحث را تمام می‌کند: ',
  rulesOut: (endings: readonly string[]) => `. کنار می‌گذارد: ${endings.join('، ')}`,
  heading: (table: string, decisions: number, endings: number) => `${table}: ${num(decisions)} تصمیم، ${num(endings)} پایان`,
  workedOut: (states: number, build: string) =>
    `هنگام ساخت بازی، از خود داستان به دست آمده: ${num(states)} وضعیت متمایز داستان (ساخت داستان ${build}). در هر تصمیم چند وضعیت به هم می‌رسند؛ انتخاب‌ها همه نمره‌هایی را که می‌توانند بگیرند نشان می‌دهند (کارتی که پیش‌تر کارگر افتاده نمره کمتری می‌گیرد).`,
  pictureNote: 'تصویر همان نقشه فهرست‌های پایین را نشان می‌دهد؛ برای رفتن به هر جعبه رویش کلیک کنید. خط‌چین‌ها: میز جلسه را ترک می‌کند.',
  fromDecision: (n: number, section: string, after: string) => `تصمیم ${num(n)} (${section}، ${after})`,
  // The ending's id is a code name in English: the Persian line leaves it out.
  endStates: (_id: string, states: number) => ` — در ${num(states)} وضعیت پایانی به آن رسیده‌اند.`,
  leadsHere: (choices: number, decisions: number) =>
    `آنچه به اینجا می‌رسد: ${plural(choices, { one: '# انتخاب', other: '# انتخاب' })} در ${plural(decisions, { one: '# تصمیم', other: '# تصمیم' })}`,
  endings: 'پایان‌ها',
  decisionHeading: (n: number, after: string, start: boolean) => `تصمیم ${num(n)}: ${after}${start ? ' (آغاز)' : ''}`,
  stillPossible: (endings: readonly string[]) => `پایان‌هایی که اینجا هنوز ممکن‌اند: ${endings.join('، ') || 'هیچ'}.`,
  sectionTitle: (section: string, decisions: number) => `${section} (${plural(decisions, { one: '# تصمیم', other: '# تصمیم' })})`,
  decisions: 'تصمیم‌ها، به ترتیب داستان',
  openAll: 'باز کردن همه بخش‌ها',
  closeAll: 'بستن همه بخش‌ها',
  whichTable: 'کدام میز',
  notInMap: 'این میز در نقشه نیست.',
  title: 'حالت معلم: کل نقشه',
  help: 'همه تصمیم‌های بحث، اینکه هر کدام به کجا می‌رسد، و هر انتخاب کدام پایان‌ها را باز نگه می‌دارد یا کنار می‌گذارد.',
} as const;

const signedChange = (n: number) => (n > 0 ? `+${num(n)}` : n < 0 ? `−${num(-n)}` : '±۰');
const DOCUMENT_WORDS: DocumentWords = {
  lang: 'fa',
  transcript: {
    preset: { full: 'میز کامل (شش مخالف)', short: 'میز کوتاه (سه مخالف)' },
    heading: (title) => `${title}: متن گفت‌وگو`,
    student: 'دانش‌آموز:',
    runCode: 'کد بازی:',
    meta: (table, seed, madeAt, build) => `${table} · عدد تصادفی ${digits(String(seed))} · ساخته‌شده در ${digits(madeAt)} به وقت جهانی (UTC) · ساخت داستان ${build}`,
    about:
      'بر پایه «چرا دوباره با آمریکا مذاکره کنیم»، مقاله‌ای از سرویس فارسی خبرگزاری جمهوری اسلامی ایران (ایرنا). متن فارسی ترجمه از نسخه انگلیسی است، نه عین عبارت اصلی. جمله‌هایی که با «نمایشی» مشخص شده‌اند فراتر از مقاله‌اند؛ شناسه‌های منبع بندهای مقاله را نام می‌برند که در پایان نقل شده‌اند. در جمله‌ای که با «مقدمه نمایشی» مشخص شده، واژه‌های کج از خود بازی است و بقیه از منبعش نقل شده یا با دقت بازگو شده است. مجری برای این بازی ساخته شده است.',
    dramatized: 'نمایشی',
    leadIn: 'مقدمه نمایشی',
    source: (ids) => `منبع: ${ids.join('، ')}`,
    grade: (grade) => `نمره: ${SECTION_debrief_grade[grade]}`,
    gradeWord: SECTION_debrief_grade,
    stance: STANCES,
    why: 'چرا:',
    whySources: (ids) => ` (${ids.join('، ')})`,
    move: (text, kind) => `«${text}» (${kind})`,
    moveAndCard: (move, card) => `${move}: ${card}`,
    opening: 'آغاز',
    closing: 'جمع‌بندی',
    exchange: 'رویارویی',
    listSeparator: '، ',
    ending: (title) => `پایان: ${title}`.trim(),
    articleLabel: (label) => `برچسب مقاله: «${label}»`,
    yourMoveLabel: 'حرکت شما:',
    stanceNow: (who, stance, was) => `${who} اکنون ${stance} است (پیش‌تر ${was}).`,
    afterExchange: (meters) => `پس از این رویارویی: ${meters}.`,
    roomEnded: (meters) => `حال‌وهوای سالن در پایان: ${meters}.`,
    stanceOf: (who, stance) => `${who}: ${stance}`,
    notEnded: 'هنگام ساختن این متن، بحث هنوز تمام نشده بود.',
    sourcesCited: 'منابع ارجاع‌شده',
    sourcesHelp: 'همه بندهای مقاله که این بحث به آنها ارجاع داده، به ترتیب مقاله.',
    meters: (audience, credibility, change) =>
      `حاضران ${num(audience)} از ${num(100)}${change ? ` (${signedChange(change.audience)})` : ''}، اعتبار شما ${num(credibility)} از ${num(100)}${change ? ` (${signedChange(change.credibility)})` : ''}`,
    debrief: 'مرور بحث',
    exchangeTitle: (name, label) => `${name}: «${label}»`,
    closingName: 'جمع‌بندی شما',
    question: 'پرسش',
    claim: 'ادعا',
    fromArticle: 'از مقاله',
    rhetoric: 'شگرد بلاغی در کار',
    askedFirst: 'اول توضیح خواستید',
    asked: (text) => `«${text}»`,
    yourMove: 'حرکت شما',
    concession: 'پذیرش شما',
    noGradedMove: 'در این رویارویی حرکت نمره‌داری انجام نشد.',
    whyGrade: (grade) => `چرا ${SECTION_debrief_grade[grade]} بود`,
    cardMove: (card) => `حرکت خود کارت: ${card}`,
    elseTried: 'چه چیز دیگری می‌توانستید امتحان کنید',
    noPrinciple: '(برای این حرکت اصلی ثبت نشده است.)',
    notWorkedOut: '(بررسی نشده است.)',
    nothingBetter: 'هیچ حرکت دیگری در اینجا نمره‌ای به خوبی حرکت شما نمی‌گرفت.',
    stronger: (move) => `حرکتی قوی‌تر در اینجا: ${move}`,
    asStrong: (move) => `حرکت دیگری به همین قوت: ${move}`,
    room: 'سالن',
    roomLine: (meters, moved) => `${meters}${moved}.`,
    stanceMoved: (who, before, after) => `؛ ${who} از ${before} به ${after} رسید`,
    critique: 'نقد کارشناس',
    critiqueHelp: 'همین نگاه درباره مهدی مطهرنیا هم به کار می‌رود، که پاسخ‌های متقابلش در دست شما بود. گفت‌وگو کنید:',
  },
  sheet: {
    heading: (title) => `${title}: برگه مرور بحث`,
    name: 'نام:',
    blankName: '______________________________',
    date: 'تاریخ:',
    // The Persian (solar Hijri) calendar, as Iranian schools date their papers: 2026-03-02 is ۱۴۰۴/۱۲/۱۱.
    day: (date) => new Intl.DateTimeFormat('fa', { calendar: 'persian', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date),
    table: { full: 'میز کامل', short: 'میز کوتاه' },
    played: (table) => `${table} بازی شد.`,
    runCode: 'کد بازی:',
    ending: 'پایان:',
    unfinished: 'نرسیده: بحث تمام نشده بود',
    room: (audience, credibility) => `حاضران ${num(audience)} از ${num(100)}، اعتبار شما ${num(credibility)} از ${num(100)}.`,
    movesHeading: 'رویارویی به رویارویی',
    columns: ['با چه کسی', 'حرکت شما', 'نمره', 'قوی‌ترین حرکتی که انجام ندادید'],
    alternative: (move, grade) => `${move}، ${grade}`,
    nothingBetter: 'حرکت قوی‌تری در دسترس نبود',
    notChecked: 'هنوز بررسی نشده',
    noMoves: 'هنوز حرکت نمره‌داری نیست.',
    questionsHeading: 'دو پرسش',
    answer: 'پاسخ شما: ____________________________________________________________________',
  },
  handout: {
    title: 'میزگرد: برگه دانش‌آموز',
    intro:
      'شش چهره سرشناس با مذاکره با آمریکا مخالفت می‌کنند؛ کارشناس، مهدی مطهرنیا، به آنها پاسخ می‌دهد. هر ادعا و هر پاسخ متقابل از مقاله نقل شده، همراه با شناسه بندش. متن فارسی ترجمه از نسخه انگلیسی مقاله است، نه عین عبارت اصلی.',
    claims: 'شش ادعا',
    counterpoints: 'هشت پاسخ متقابل',
    claimHeading: (name, title, city, label) => `${name}، ${title}${city ? `، ${city}` : ''}: «${label}»`,
    card: (n, name) => `${num(n)}. ${name}`,
    cardSources: (ids) => ` (${ids.join('، ')})`,
    fromArticle: 'از مقاله:',
    sheet: 'درست یا مغالطه؟',
    statement: (speaker, source) => `${speaker} (${source}):`,
    quoted: (text) => ` «${text}»`,
    tick: '☐ درست   ☐ مغالطه   چرا؟ ______________________________________',
  },
  compare: {
    opening: 'آغاز',
    closing: 'جمع‌بندی',
    same: (a, b) => `${a} و ${b} انتخاب‌های یکسانی کردند.`,
    noDifference: (a, b) => `پس از جدا شدن راه دو دور، هیچ انتخابی عقربه‌ها را متفاوت جابه‌جا نکرد: ${a} و ${b} به یک اندازه به دست آوردند و از دست دادند.`,
    neverGotThere: (run) => `${run} هرگز به آنجا نرسید`,
    chose: (run, choice, audience, credibility) => `${run} «${choice}» را انتخاب کرد (حاضران ${signedChange(audience)}، اعتبار ${signedChange(credibility)})`,
    biggest: (where, a, b) => `بیشترین تفاوت در عقربه‌ها در ${where} رخ داد: ${a}، در حالی که ${b}.`,
  },
};

/** چاپ متن کامل گفت‌وگو: شمار صفحه‌ها، پیش از چاپ اندازه گرفته می‌شود (src/ui/documents/page-count.ts). */
const SECTION_print = {
  measuring: 'در حال شمردن صفحه‌ها…',
  pages: (a4: number, letter: number) =>
    `متن کامل گفت‌وگو در چاپ ${num(a4)} صفحه کاغذ A4 می‌شود${letter === a4 ? ' و همین اندازه در کاغذ لتر' : `، و ${num(letter)} صفحه در کاغذ لتر`}. برگه یک‌صفحه‌ای مرور بحث یک صفحه است.`,
  unmeasured: 'شمار صفحه‌ها در این مرورگر اندازه گرفته نشد.',
} as const;

export const faDialogs = {
  savedDebates: SECTION_savedDebates,
  print: SECTION_print,
  teacherMap: SECTION_teacherMap,
  classResults: SECTION_classResults,
  debrief: SECTION_debrief,
  checkDialog: SECTION_checkDialog,
  branchMap: SECTION_branchMap,
  documentView: SECTION_documentView,
  mapPicture: SECTION_mapPicture,
  compare: SECTION_compare,
  transcriptExport: SECTION_transcriptExport,
  teacherLabels: SECTION_teacherLabels,
  privacy: SECTION_privacy,
  slots: SECTION_slots,
  share: SECTION_share,
  settingsDialog: SECTION_settingsDialog,
  documents: DOCUMENT_WORDS,
};
