// The Persian catalogue (فارسی), its core (the dialogs' words are fa-dialogs.ts, loaded with the
// first dialog): every message of the English reference catalogue (en.ts, en-dialogs.ts), same
// keys and parameters, in plain Persian for Iranian secondary-school students and teachers. Numbers
// go through formatters('fa'), so they come out in Persian digits. The words follow the Persian
// story (story/fa/): «نمایشی» for dramatized, «حاضران» and «اعتبار» for the meters, the moves as
// story/fa/cast.json names them, «درست یا مغالطه» for the check. Typography: ZWNJ where standard,
// Persian punctuation (، ؛ ؟ « »), ی and ک only (src/i18n/fa.test.ts holds these).
// Keyboard keys keep their physical names (M, Esc, Enter, Backspace): a Persian keyboard has them too.
import { formatters } from './format.ts';
import type { Grade, Stance } from '../debate/core/contract.ts';
import type { WriteFailure } from '../debate/core/ports.ts';
import type { FieldRule, Reason, Subject, ValueDescription } from '../debate/persistence/reasons.ts';

export const { num, percent, plural } = formatters('fa');

const SUBJECT: Record<Subject, string> = {
  save: 'این ذخیره',
  'run-file': 'این فایل بازی',
  history: 'سابقه بحث‌های گذشته',
  settings: 'تنظیمات ذخیره‌شده',
  check: 'پاسخ‌های ذخیره‌شده آزمونک',
  link: 'این پیوند',
  student: 'نام ذخیره‌شده',
  'run-code': 'این کد بازی',
};

const NOUN: Record<Subject, string> = {
  save: 'ذخیره',
  'run-file': 'فایل بازی',
  history: 'سابقه بحث‌های گذشته',
  settings: 'تنظیمات',
  check: 'سابقه آزمونک',
  link: 'پیوند بازپخش',
  student: 'نام',
  'run-code': 'کد بازی',
};

const SAVE_FIELD: Record<string, string> = {
  storyHash: 'در این ذخیره نیامده که به کدام نسخه از بحث تعلق دارد.',
  preset: 'این ذخیره اندازه‌ای از میز را نام می‌برد که این بازی ندارد.',
  seed: 'این ذخیره عدد تصادفی معتبری ندارد.',
  path: 'فهرست انتخاب‌ها در این ذخیره آسیب دیده است.',
};

const RULE: Record<FieldRule, (max?: number) => string> = {
  hash: () => 'وجود ندارد یا شناسه ساخت داستان نیست',
  preset: () => 'باید یکی از full یا short باشد',
  count: () => 'باید عددی صحیح، صفر یا بیشتر، باشد',
  choices: (max) => `باید فهرستی از حداکثر ${num(max ?? 400)} شماره انتخاب (${num(0)} تا ${num(99)}) باشد`,
  list: () => 'باید فهرست باشد',
  'at-most': (max) => `بیش از ${num(max ?? 0)} مورد دارد`,
  object: () => 'باید یک شیء باشد',
  ending: () => 'باید شناسه یک پایان یا null باشد',
  meters: () => `باید حاضران و اعتبار را داشته باشد، هر کدام از ${num(0)} تا ${num(100)}`,
  date: () => `باید تاریخ و ساعت (ISO 8601) بین سال‌های ${num(1970)} و ${num(2200)} باشد`,
  'quiz-score': (max) => `باید hits و falseAlarms (اعداد صحیح تا ${num(max ?? 100)}) و score، یعنی تفاضل آن دو، را داشته باشد`,
  'decision-in-path': () => 'باید به جایی در path اشاره کند',
  speaker: () => 'گوینده ناشناخته',
  move: () => 'حرکت ناشناخته',
  card: () => 'کارت ناشناخته',
  'rebuttal-card': () => 'هر پاسخ با کارت باید کارتش را نام ببرد',
  grade: () => 'باید یکی از strong، partial، weak یا backfire باشد',
  text: () => 'باید متن باشد',
  time: () => 'باید زمان باشد',
  name: (max) => `باید نامی در یک خط و حداکثر ${num(max ?? 40)} نویسه باشد`,
};

const CODE_PART: Record<Extract<Reason, { code: 'code-damaged' }>['part'], string> = {
  parts: 'این کد بازی ناقص است یا بخش‌هایی از آن نیست.',
  table: 'این کد بازی اندازه‌ای از میز را نام می‌برد که بازی ندارد.',
  seed: 'عدد تصادفی در این کد بازی آسیب دیده است.',
  build: 'در این کد بازی نیامده که به کدام نسخه از بحث تعلق دارد.',
  choices: 'انتخاب‌های این کد بازی آسیب دیده‌اند.',
  checksum: 'این کد بازی جور درنمی‌آید: نویسه‌ای اشتباه تایپ شده، جا افتاده یا عوض شده است. دوباره آن را بخواهید، یا فایل بازی را.',
};

const LINK_PART: Record<Extract<Reason, { code: 'link-damaged' }>['part'], string> = {
  parts: 'این پیوند یک بحث را توصیف نمی‌کند: شاید بریده یا دستکاری شده باشد.',
  table: 'این پیوند اندازه‌ای از میز را نام می‌برد که بازی ندارد.',
  seed: 'عدد تصادفی در این پیوند آسیب دیده است.',
  build: 'در این پیوند نیامده که به کدام نسخه از بحث تعلق دارد.',
  choices: 'فهرست انتخاب‌ها در این پیوند آسیب دیده است.',
  encoding: 'این پیوند در راه رسیدن به اینجا آسیب دیده است (نویسه‌هایش رمزگذاری شده‌اند و رمزگشایی نمی‌شوند).',
};

/**
 * Text a caller wrote with ASCII digits (a change such as "+3" or "-1.5", a slot "2", a date "2026-03-02"),
 * in Persian digits, digit for digit (no grouping, leading zeros kept), the decimal point as Persian writes it.
 */
const DECIMAL = num(1.5).replace(/\p{Nd}/gu, '');
export const digits = (text: string) => text.replace(/(?<=\d)\.(?=\d)/g, DECIMAL).replace(/\d/g, (digit) => num(Number(digit)));

export const kb = (chars: number) => `${num(Math.max(1, Math.round(chars / 1024)))} کیلوبایت`;

/** The kinds of value describeValue (src/debate/persistence/reasons.ts) tells apart, in Persian. */
const VALUE_WORDS: Record<Exclude<ValueDescription['kind'], 'number' | 'text'>, string> = {
  object: 'یک شیء',
  list: 'یک فهرست',
  'not-a-number': 'مقداری غیرعددی',
  true: 'مقدار true',
  false: 'مقدار false',
  null: 'مقدار null',
  nothing: 'هیچ',
};

/** describeValue's account of a format: its kind in Persian words, a number or a quoted text in Persian digits. */
const foundText = (found: ValueDescription) =>
  found.kind === 'number' ? digits(String(found.value).slice(0, 24)) : found.kind === 'text' ? digits(JSON.stringify(found.text)) : VALUE_WORDS[found.kind];

/** One reason in plain words. */
function reasonText(reason: Reason): string {
  const what = SUBJECT[reason.subject];
  switch (reason.code) {
    case 'unreadable':
      return `${what} طوری آسیب دیده که بازی نمی‌تواند آن را بخواند (${reason.detail}).`;
    case 'not-json':
      if (reason.subject === 'run-file') return 'این فایل JSON خوانا نیست: به نظر می‌رسد ناقص یا آسیب‌دیده است.';
      return reason.subject === 'save' ? 'این ذخیره خوانا نیست: به نظر می‌رسد ناقص یا آسیب‌دیده است.' : `${what} خوانا نیست: به نظر می‌رسد ناقص یا آسیب‌دیده است.`;
    case 'too-large':
      if (reason.subject === 'link') return `این پیوند برای پیوند بازپخش بیش از حد بلند است (بیش از ${num(reason.limit / 1024)} کیلوبایت).`;
      if (reason.subject === 'run-code') return `این برای کد بازی بیش از حد بلند است (بیش از ${num(reason.limit)} نویسه).`;
      return `برای ${NOUN[reason.subject]} بیش از حد بزرگ است (${kb(reason.size)}).`;
    case 'not-ours':
      if (reason.subject === 'save') return 'این ذخیره‌ای از «میزگرد» نیست.';
      if (reason.subject === 'run-file') return `این فایل بازیِ «میزگرد» نیست.${reason.looksLike === 'save' ? ' به یک بازی ذخیره‌شده شبیه است.' : ''}`;
      return `${what} به شکلی نیست که بازی بشناسد.`;
    case 'other-format': {
      if (reason.subject === 'link') return `این پیوند را نسخه دیگری از بازی ساخته است (قالب ${foundText(reason.found)}).`;
      if (reason.subject === 'run-code') return `این کد بازی را نسخه ${reason.newer ? 'جدیدتری' : 'دیگری'} از بازی ساخته است (قالب ${foundText(reason.found)})؛ این نسخه کدهای RT${reason.reads} را می‌خواند.`;
      if (reason.newer) return `${what} را نسخه جدیدتری از بازی ساخته است (قالب ${foundText(reason.found)})؛ این نسخه قالب ${num(reason.reads)} را می‌خواند.`;
      // describeValue gives a number or a quoted text as they are, anything else by its kind (in English: VALUE_WORDS).
      const found = reason.found.kind === 'number' || reason.found.kind === 'text'
        ? `از قالب ${foundText(reason.found)} استفاده می‌کند`
        : reason.found.kind === 'nothing'
          ? 'قالبش را نمی‌گوید'
          : `قالبش را به صورت ${foundText(reason.found)} می‌دهد`;
      return `${what} ${found}؛ این نسخه از بازی قالب ${num(reason.reads)} را می‌خواند.`;
    }
    case 'bad-field':
      if (reason.subject === 'save') return SAVE_FIELD[reason.field] ?? `بخش ${reason.field} این ذخیره آسیب دیده است.`;
      return `${reason.field}: ${RULE[reason.rule](reason.max)}.`;
    case 'bad-entries':
      return `${what} ${plural(reason.count, { one: '# مورد آسیب‌دیده', other: '# مورد آسیب‌دیده' })} از ${num(reason.of)} مورد داشت.`;
    case 'other-build':
      if (reason.subject === 'link') return 'این پیوند با نسخه دیگری از بحث ساخته شده، پس اینجا بازپخش نمی‌شود.';
      if (reason.subject === 'run-code') {
        return `این کد بازی با نسخه دیگری از بازی یا داستان دیگری ساخته شده (ساخت ${reason.found}؛ این صفحه ${reason.here} را می‌خواند)، پس اینجا بازپخش نمی‌شود.`;
      }
      if (reason.subject === 'run-file') {
        return `با ساخت دیگری از بحث ساخته شده (${reason.found}؛ این صفحه ${reason.here} را می‌خواند)، پس انتخاب‌هایش اینجا بازپخش نمی‌شوند.`;
      }
      return 'این ذخیره با نسخه دیگری از بحث ساخته شده، پس نمی‌توان آن را ادامه داد.';
    case 'corrupt-state':
      return 'جای داستان در این ذخیره آسیب دیده است.';
    case 'path-does-not-fit':
      if (reason.subject === 'link') return 'انتخاب‌های این پیوند با این بحث جور نیستند: شاید دستکاری یا بریده شده باشد.';
      if (reason.subject === 'run-file') return `انتخاب‌هایش با این بحث جور نیستند (مسیر آسیب‌دیده)${reason.detail ? `: ${reason.detail}` : '.'}`;
      if (reason.subject === 'run-code') return `انتخاب‌هایش با این بحث جور نیستند${reason.detail ? `: ${reason.detail}` : '.'}`;
      return `انتخاب‌های این ذخیره با این بحث جور نیستند.${reason.detail ? ` ${reason.detail}` : ''}`;
    case 'path-mismatch':
      return 'این ذخیره با خودش تناقض دارد: انتخاب‌هایش به جای دیگری می‌رسند.';
    case 'ending-mismatch':
      return `می‌گوید بحث به «${reason.claimed}» رسیده، اما انتخاب‌هایش ${reason.reached ? `به «${reason.reached}» می‌رسند` : 'هنوز به هیچ پایانی نمی‌رسند'}: فایل دستکاری شده یا آسیب دیده است.`;
    case 'duplicate':
      return `همان دوری است که در ${reason.of} آمده، پس یک بار شمرده می‌شود.`;
    case 'file-unreadable':
      return 'مرورگر نتوانست آن را بخواند.';
    case 'not-a-link':
      return 'این پیوند، پیوند بازپخش نیست.';
    case 'link-damaged':
      return LINK_PART[reason.part];
    case 'too-many-choices':
      return reason.subject === 'run-code' ? 'این کد بازی بیش از هر بحثی انتخاب دارد.' : 'این پیوند بیش از هر بحثی انتخاب دارد.';
    case 'not-a-code':
      return 'در این خط کد بازی‌ای نیست (هر کد با RT1- آغاز می‌شود).';
    case 'code-damaged':
      return CODE_PART[reason.part];
  }
}

// ---- notices and labels about keeping data ----------------------------------------------------

const WORDS = {
  cardWorn: 'حالا کم‌اثرتر: این کارت یک بار کارگر افتاده است.',
  // Persian digits, as the rest of the page writes numbers (the digit keys type them on a Persian
  // layout); the letters stay Latin, as the keys' hints name them (کلید M).
  keyLabel: (key: string) => key.replace(/[0-9]/g, (d) => num(Number(d))),
  theArticle: 'مقاله',
  // ---- the show's chrome
  sound: 'صدا',
  soundHint: 'روشن یا خاموش کردن صدا (کلید M)',
  transcript: 'متن گفت‌وگو',
  transcriptHint: 'نشان دادن یا پنهان کردن جمله‌هایی که گفته شده',
  live: 'زنده',
  yourMove: 'نوبت شماست',
  hand: 'پاسخ‌های متقابل شما',
  handNote: 'وقتی نوبت شما شد از آنها استفاده کنید.',
  soundMuted: 'صدا خاموش است (کلید M دوباره روشنش می‌کند).',
  soundUnmuted: 'صدا روشن است.',
  // ---- notices
  dismiss: 'بستن',
  steppedBack: 'یک تصمیم به عقب برگشتید.',
  // ---- keeping the player's data
  setAside: (asideKey: string | null) =>
    asideKey
      ? 'در «بحث‌های ذخیره‌شده» کنار گذاشته شد، نه پاک.'
      : 'فضای ذخیره‌سازی برای کنار گذاشتنش پر است، پس همان‌جا که بود می‌ماند؛ چیزی رویش نوشته نمی‌شود.',
  saveRefused: (reason: string, asideKey: string | null) => `${reason} ${WORDS.setAside(asideKey)}`,
  damagedAtStart: (what: readonly ('history' | 'settings' | 'check')[], allSetAside: boolean) => {
    const names = { history: 'سابقه بحث‌های گذشته', settings: 'تنظیمات شما', check: 'پاسخ‌های آزمونک شما' };
    const list = what.map((w) => names[w]);
    const joined = list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join('، ')} و ${list.at(-1)}`;
    const kept = allSetAside ? 'رونوشتی از آنها در «بحث‌های ذخیره‌شده» کنار گذاشته شد.' : 'آنچه رونوشت‌برداری نشد همان‌جا که بود می‌ماند؛ چیزی رویش نوشته نمی‌شود.';
    return `بخشی از آنچه این بازی نگه داشته بود خوانده نشد: ${joined}. ${kept}${what.includes('settings') ? ' تنظیمات پیش‌فرض به کار می‌رود.' : ''}`;
  },
  openSaved: 'باز کردن «بحث‌های ذخیره‌شده»',
  saveFailed: (failure: WriteFailure | 'in-the-way') =>
    ({
      full: 'پیشرفت شما ذخیره نمی‌شود: فضای ذخیره‌سازی این مرورگر برای بازی پر است.',
      blocked: 'پیشرفت شما ذخیره نمی‌شود: این مرورگر اجازه نمی‌دهد بازی چیزی ذخیره کند.',
      'in-the-way': 'پیشرفت شما ذخیره نمی‌شود: یک ذخیره آسیب‌دیده جای آن را گرفته و فضای ذخیره‌سازی برای کنار گذاشتنش پر است.',
    })[failure],
  slotNotSaved: (failure: WriteFailure | 'in-the-way') =>
    ({
      full: 'ذخیره نشد: فضای ذخیره‌سازی این مرورگر برای بازی پر است. در صفحه عنوان، در «بحث‌های ذخیره‌شده» کمی جا باز کنید.',
      blocked: 'ذخیره نشد: این مرورگر اجازه نمی‌دهد بازی چیزی ذخیره کند.',
      'in-the-way': 'ذخیره نشد: در این خانه یک ذخیره آسیب‌دیده هست و فضای ذخیره‌سازی برای کنار گذاشتنش پر است. در صفحه عنوان، در «بحث‌های ذخیره‌شده» کمی جا باز کنید.',
    })[failure],
  saveFailedHelp: 'بحث ادامه دارد: برای نگه داشتنش آن را بارگیری کنید، یا کمی جا باز کنید.',
  downloadDebate: 'بارگیری این بحث',
  freeSpace: 'باز کردن جا…',
  storageFull:
    'فضای ذخیره‌سازی این مرورگر برای بازی پر است. ذخیره‌ها و بحث‌های گذشته‌تان هنوز خواندنی‌اند، اما تا کمی جا باز نکنید پیشرفت تازه نگه داشته نمی‌شود.',
  storageOff: 'این مرورگر اجازه نمی‌دهد بازی چیزی ذخیره کند، پس ذخیره خاموش است. بحث همچنان بازی می‌شود.',
  otherTab: 'بازی در زبانه دیگری از این مرورگر هم باز است و بحثی در جریان دارد. هر دو بحث در سابقه بحث‌های گذشته نگه داشته می‌شوند؛ «ادامه» از زبانه‌ای پی گرفته می‌شود که آخرین انتخاب را کرده است.',
  newVersion: 'نسخه تازه‌ای از بازی آماده است.',
  reload: 'همین حالا بارگذاری دوباره',
  newVersionLater: 'نسخه تازه‌ای از بازی آماده است؛ میان دو بحث بارگذاری می‌شود.',
  cleared: (removed: number, failed: number, reachable: boolean) => {
    if (!reachable) {
      return 'این مرورگر در این بازدید نگذاشت بازی به فضای ذخیره‌سازی‌اش دست یابد، پس آنچه پیش‌تر ذخیره شده بود از اینجا پاک نمی‌شود: داده‌های این سایت را در تنظیمات مرورگر پاک کنید. آنچه این بازدید در حافظه نگه داشته بود پاک شد.';
    }
    const done =
      removed === 0
        ? 'چیزی برای پاک کردن ذخیره نشده بود.'
        : `${plural(removed, { one: '# مورد ذخیره‌شده', other: '# مورد ذخیره‌شده' })} پاک شد: ذخیره‌ها، سابقه بحث‌های گذشته، پاسخ‌های آزمونک و تنظیمات.`;
    return failed === 0
      ? `${done} چیزی از این بازی در فضای ذخیره‌سازی این مرورگر نمانده است.`
      : `${done} مرورگر از پاک کردن ${plural(failed, { one: '# مورد', other: '# مورد' })} سر باز زد؛ دوباره امتحان کنید، یا داده‌های این سایت را در تنظیمات مرورگر پاک کنید.`;
  },
  savedHint: 'خانه‌های ذخیره شما، ذخیره‌هایی برای بردن به رایانه‌ای دیگر، و هر چه کنار گذاشته شده',
  importTooLarge: (size: number) => `این فایل برای یک ذخیره بیش از حد بزرگ است (${kb(size)}).`,
  importRefused: (reason: string) => `این فایل اینجا بازی نمی‌شود. ${reason} چیزی تغییر نکرد.`,
  importUnreadable: 'مرورگر نتوانست این فایل را بخواند.',
} as const;

/** The grade a move earned, as the dialogue's badge says it. */
const GRADE_WORDS: Record<Grade, string> = {
  strong: 'پاسخ قوی',
  partial: 'پاسخ نسبی',
  weak: 'پاسخ ضعیف',
  backfire: 'نتیجه معکوس',
};

/** The grade as the stamp over the picture says it (one word, large). */
const STAMP_WORDS: Record<Grade, string> = {
  strong: 'قوی',
  partial: 'نسبی',
  weak: 'ضعیف',
  backfire: 'معکوس',
};

/** The classroom's own words: the student's name, run codes, and class results' per-student table. */
const CLASS_WORDS = {
  // ---- the student's name (title screen and transcript)
  nameLabel: 'نام یا حروف اول نام شما (اختیاری)',
  nameHint: 'فقط روی همین دستگاه نگه داشته می‌شود. در متن گفت‌وگو و فایل بازی شما می‌آید تا معلمتان بداند از کیست.',
  nameKept: (name: string) => `نام شما، ${name}، روی این دستگاه نگه داشته می‌شود و در متن گفت‌وگو و فایل بازی‌تان می‌آید.`,
  nameForgotten: 'بدون نام: متن گفت‌وگو و فایل بازی نامی نخواهند داشت.',
  nameNotKept: 'این مرورگر نمی‌گذارد بازی نام شما را نگه دارد؛ نام فقط در همین متن گفت‌وگو می‌آید.',
  // ---- run codes
  runCode: 'کد بازی',
  runCodeHint: 'به جای فرستادن فایل، این کد را در گروه کلاس یا فرم بگذارید: بخش نتایج کلاسِ معلمتان آن را می‌خواند.',
  copy: 'رونوشت کد',
  copied: 'رونوشت شد.',
  copyFailed: 'مرورگر رونوشت نگرفت: کد را انتخاب کنید و خودتان از آن رونوشت بگیرید.',
  qrShow: 'نمایش به صورت کد QR',
  qrHide: 'پنهان کردن کد QR',
  qrLabel: (code: string) => `کد QR برای کد بازی ${code}`,
  sheetPrint: 'چاپ برگه یک‌صفحه‌ای مرور بحث',
  // ---- the student handout (For teachers)
  handoutTitle: 'برگه دانش‌آموز',
  handoutButton: 'برگه دانش‌آموز',
  handoutHint: `${num(6)} ادعا، ${num(8)} پاسخ متقابل، برگه درست یا مغالطه: برای چاپ`,
  handoutHelp: 'یک نسخه برای هر دانش‌آموز یا هر دو نفر: ادعاها و پاسخ‌های متقابل با بندهای مقاله، و برگه درست یا مغالطه (بدون پاسخ‌ها).',
  handoutPrint: 'چاپ برگه',
  // ---- class results: codes pasted in
  pasteLabel: 'یا کدهای بازی را بچسبانید، هر خط یک کد (نامی پیش یا پس از هر کد اشکالی ندارد)',
  pasteAdd: 'افزودن این کدها',
  pasteNone: 'چیزی برای افزودن نیست: در هر خط یک کد بازی بچسبانید.',
  codeLine: (line: number) => `خط ${num(line)}`,
  // ---- class results: one row per student
  studentsHeading: 'هر دانش‌آموز',
  studentsCaption: 'هر دور یک ردیف: برای مرتب کردن بر پایه یک ستون، روی عنوانش کلیک کنید',
  unnamed: 'بی‌نام',
  columns: {
    student: 'دانش‌آموز',
    from: 'تحویل به صورت',
    table: 'میز',
    ending: 'پایان',
    before: 'آزمونک پیش از بحث',
    after: 'آزمونک پس از بحث',
  },
  fromCode: 'کد',
  fromFile: 'فایل',
  tableName: { full: 'کامل', short: 'کوتاه' } as Record<'full' | 'short', string>,
  noEnding: 'ناتمام',
  notFaced: '–',
  sortedAscending: 'مرتب‌شده، از کمترین',
  sortedDescending: 'مرتب‌شده، از بیشترین',
  downloadCsv: 'بارگیری به صورت CSV (برای دفتر نمره)',
  csvName: (day: string) => `میزگرد-نتایج-کلاس-${day}.csv`,
  csvSaved: 'فایل CSV در پوشه بارگیری‌های شما ذخیره شد.',
  csv: {
    student: 'دانش‌آموز',
    from: 'تحویل به صورت',
    source: 'فایل یا خط',
    table: 'میز',
    ending: 'پایان',
    strong: 'حرکت‌های قوی',
    partial: 'حرکت‌های نسبی',
    weak: 'حرکت‌های ضعیف',
    backfire: 'حرکت‌های با نتیجه معکوس',
    before: 'آزمونک پیش از بحث',
    after: 'آزمونک پس از بحث',
    /** A move's grade in an exchange's cell. */
    grade: { strong: 'قوی', partial: 'نسبی', weak: 'ضعیف', backfire: 'نتیجه معکوس' } as Record<Grade, string>,
  },
} as const;

/** The branch map's overview, endings and jumps. */
const MAP_WORDS = {
  tabs: { overview: 'نمای کلی', map: 'نمودار', list: 'فهرست', endings: 'پایان‌ها', compare: 'مقایسه دورها' },
  overviewLabel: 'بحث، رویارویی به رویارویی',
  overviewHelp:
    'کل بحث، رویارویی به رویارویی و به ترتیب: حرکت‌هایی که با هر مهمان انجام شده و نمره‌هایشان. حرکت‌هایی که دورهای مختلف در یک تصمیم انجام داده‌اند کنار هم می‌آیند؛ «امتحان‌نشده» حرکت‌هایی را می‌شمارد که هیچ دوری انجام نداده است. یک رویارویی را باز کنید تا تصمیم‌هایش را ببینید و به یکی بروید. «نمودار» هر تصمیم را به شکل درخت نشان می‌دهد.',
  opening: 'آغاز',
  closing: 'جمع‌بندی',
  endings: 'پایان‌ها',
  untried: (n: number) => `${num(n)} امتحان‌نشده`,
  after: (move: string) => `پس از: ${move}`,
  fork: (n: number) => `${num(n)} حرکت که دورهای مختلف اینجا انجام داده‌اند`,
  youAreHere: 'شما اینجایید',
  openExchange: 'تصمیم‌ها',
  closeExchange: 'پنهان کردن تصمیم‌ها',
  openExchangeLong: (who: string) => `تصمیم‌ها در رویارویی با ${who}`,
  decision: (n: number, taken: number, offered: number) => `تصمیم ${num(n)}: ${num(taken)} از ${num(offered)} امتحان‌شده`,
  runsHere: (n: number) => plural(n, { one: 'رسیده در # دور', other: 'رسیده در # دور' }),
  seeEnding: 'دوباره ببینید',
  seeEndingLong: (title: string) => `دوباره ببینید: «${title}»، با بازپخش آخرین دوری که به آن رسید`,
  foundCount: (found: number, of: number) => `${num(found)} پایان از ${num(of)} پایان روی این دستگاه پیدا شده است.`,
  notFound: 'هنوز پیدا نشده',
  hint: (hint: string) => `راهنمایی: ${hint}`,
  reached: (n: number) => plural(n, { one: 'رسیده در # دور', other: 'رسیده در # دور' }),
  reachedWhen: (runs: readonly string[]) => `از ${runs.join('؛ ')}`,
  runName: (n: number, when: string) => `دور ${num(n)} (${when})`,
  noRunYet: 'هنوز هیچ دوری به این پایان نرسیده است.',
  takenBefore: 'انتخاب پیشین',
  jumpedTo: (where: string) => `بازگشت به ${where}. جمله‌هایی که به اینجا رسیدند در متن گفت‌وگو هستند؛ حرکتی که پیش‌تر انتخاب شده بود با «انتخاب پیشین» مشخص شده است.`,
  openTranscript: 'نمایش متن گفت‌وگو',
} as const;

/** The title menu when the autosaved debate is over. */
const TITLE_WORDS = {
  seeEnding: 'ادامه: دیدن پایان',
  seeEndingHint: (ending: string) => `آخرین بحث شما تمام شده است: به «${ending}» رسید. برای بازی دوباره، میزی را در پایین انتخاب کنید؛ نقشه شاخه‌ها همه مسیرهایش را نشان می‌دهد.`,
} as const;

/** The words of src/ui/play/screens.ts. */
const SECTION_screens = {
  continueLabel: 'ادامه',
  continueHint: 'بحث را از همان جایی که رها کردید پی بگیرید',
  fullTable: 'میز کامل',
  fullTableHint: `${num(6)} مخالف، سپس دو صدای دیگر: حدود ${num(20)} دقیقه`,
  shortTable: 'میز کوتاه',
  shortTableHint: `${num(3)} مخالف، سپس دو صدای دیگر: حدود ${num(12)} دقیقه`,
  checkFirst: 'اول آزمونک دودقیقه‌ای را بزنید',
  checkFirstHint: `اختیاری: ${num(10)} گزاره از مقاله، درست یا مغالطه؟`,
  savedDebates: 'بحث‌های ذخیره‌شده',
  settings: 'تنظیمات',
  aboutSource: 'درباره منبع',
  forTeachers: 'برای معلمان',
  branchMap: 'نقشه شاخه‌ها',
  privacy: 'حریم خصوصی',
  subtitle: 'میزگردی تلویزیونی درباره اینکه آیا ایران باید با آمریکا مذاکره کند، بر پایه مقاله‌ای از ایرنا. شش چهره سرشناس با مذاکره مخالفت می‌کنند؛ شما با پاسخ‌های متقابل کارشناس، مهدی مطهرنیا، به آنها پاسخ می‌دهید.',
  verdict: 'داوری',
  roomEnded: 'حال‌وهوای سالن در پایان',
  meters: (audience: number, credibility: number) => `حاضران ${num(audience)} از ${num(100)} · اعتبار شما ${num(credibility)} از ${num(100)}`,
  debrief: 'مرور بحث: چه چیزی جواب داد و چرا',
  playAgain: 'بازی دوباره',
  transcript: 'چاپ یا بارگیری متن گفت‌وگو',
  share: 'هم‌رسانی این بحث',
  checkAfter: 'آزمونک دودقیقه‌ای، پس از بحث',
  backToTitle: 'بازگشت به صفحه عنوان',
  stance: (who: string, stance: string) => `${who}: ${stance}`,
} as const;

/** The words of src/ui/play/pause.ts. */
const SECTION_pause = {
  paused: 'مکث',
  resume: 'ادامه',
  settings: 'تنظیمات',
  aboutSource: 'درباره منبع',
  branchMap: 'نقشه شاخه‌ها: بازپخش انتخاب‌های دیگر',
  saveSlot: 'ذخیره در یک خانه',
  share: 'هم‌رسانی این بحث',
  transcript: 'متن گفت‌وگو: چاپ یا بارگیری',
  quit: 'خروج به صفحه عنوان',
} as const;

/** The words of src/ui/play/hud.ts. */
const SECTION_hud = {
  audience: 'حاضران',
  credibility: 'اعتبار شما',
  stepBack: 'یک گام به عقب',
  stepBackHint: 'یک تصمیم به عقب (کلید Backspace)',
  menu: 'منو',
  menuHint: 'منوی مکث (کلید Esc)',
  opponent: (round: number, rounds: number) => `مخالف ${num(round)} از ${num(rounds)}`,
  voices: 'دو صدای دیگر',
  closing: 'جمع‌بندی‌ها',
  verdict: 'داوری',
  opening: 'آغاز',
  veryHigh: 'بسیار بالا',
  high: 'بالا',
  middling: 'متوسط',
  low: 'پایین',
  veryLow: 'بسیار پایین',
  /** عدد یک سنجه، تغییرش، و آنچه صفحه‌خوان از آن می‌گوید. */
  meterValue: (value: number) => num(value),
  meterDelta: (d: number) => (d > 0 ? `▲ +${num(d)}` : `▼ ${num(d)}`),
  meterValueText: (value: number, level: string) => `${num(value)} از ${num(100)}، ${level}`,
} as const;

/** The words of src/ui/play/dialogue.ts. */
const SECTION_dialogue = {
  /** A guest's role under his name: his title and city, either may be empty. */
  role: (title: string, city: string) => [title, city].filter(Boolean).join('، '),
  leadIn: 'مقدمه نمایشی',
  leadInHint: 'واژه‌های کج برای بازی نوشته شده‌اند؛ بقیه از منبع نقل شده یا با دقت بازگو شده است.',
  dramatized: 'نمایشی',
  dramatizedHint: 'فراتر از مقاله: برای بازی نوشته شده، در راستای دیدگاهی که از گوینده نقل شده است.',
  continueLabel: 'ادامه',
  why: (why: string, sources: readonly string[]) => `چرا: ${why} (${sources.join('، ')})`,
  notInArticle: 'این بند در مقاله نیست.',
  sourceChip: (id: string) => `منبع: ${id}`,
} as const;

/** The words of src/ui/play/sources.ts. */
const SECTION_sources = {
  intro: 'این بحث بر پایه «چرا دوباره با آمریکا مذاکره کنیم» ساخته شده، از سرویس فارسی خبرگزاری جمهوری اسلامی ایران (ایرنا). ما فقط نسخه انگلیسی منتشرشده را داریم؛ متن فارسی ترجمه از نسخه انگلیسی است، نه عین عبارت اصلی. هر بند شناسه‌ای دارد که بازی به آن ارجاع می‌دهد.',
  title: 'منابع',
} as const;

/** The words of src/ui/teachers/teachers.ts. */
const SECTION_teachers = {
  opening: (what: string) => `در حال باز کردن ${what}…`,
  openFailed: (what: string) => `${what} باز نشد. صفحه را دوباره بارگذاری کنید و باز امتحان کنید.`,
  teacherModeWhat: 'حالت معلم',
  classResultsWhat: 'نتایج کلاس',
  handoutWhat: 'برگه دانش‌آموز',
  loadingGuide: 'در حال بارگذاری راهنما…',
  teacherMode: 'حالت معلم',
  teacherModeHint: 'کل نقشه شاخه‌ها: همه تصمیم‌ها و پایان‌ها',
  classResults: 'نتایج کلاس',
  classResultsHint: 'فایل‌های بازی دانش‌آموزانتان را همین‌جا، روی این دستگاه، بخوانید',
  printGuide: 'چاپ این راهنما',
  printGuideHint: 'همراه با برگه منبع',
  title: 'برای معلمان',
  guideFailed: 'راهنما بارگذاری نشد. صفحه را دوباره بارگذاری کنید و باز امتحان کنید؛ راهنما در docs/teacher-guide.fa.md هم هست.',
} as const;

/** The words of src/app/branches.ts and the notices of src/app/start.ts. */
const SECTION_app = {
  whereEnding: (ending: string) => `پایان «${ending}»`,
  whereDecision: (n: number) => `تصمیم ${num(n)}`,
  whereWith: (decision: string, who: string) => `${decision}، با ${who}`,
  couldNotOpen: (error: string) => `باز نشد: ${error}`,
  couldNotReplay: (error: string) => `آن تصمیم بازپخش نشد: ${error}`,
  savedThisVisit: 'فقط برای همین بازدید ذخیره شد: این مرورگر ذخیره‌ها را نگه نمی‌دارد، پس با بستن صفحه ذخیره‌ها از بین می‌روند.',
  linkRefused: (reason: string) => `پیوند بازپخش باز نشد. ${reason} به جای آن، بحث تازه‌ای آماده است.`,
  linkFailed: (error: string) => `پیوند بازپخش باز نشد: ${error}`,
  linkReplayed: (where: string) => `یک بحث هم‌رسانی‌شده تا ${where} بازپخش شد.`,
  tableAt: (table: string, where: string) => `${table}، ${where}`,
} as const;

/** The words of src/app/start.ts. */
const SECTION_start = {
  gameTitle: 'میزگرد',
  skipToMove: 'رفتن به نوبت شما',
  nowSpeaking: 'اکنون سخن می‌گوید',
  loading: 'در حال چیدن میز…',
  couldNotStart: 'بازی در این مرورگر شروع نشد. برای تلاش دوباره، صفحه را دوباره بارگذاری کنید.',
  needsScript: 'میزگرد برای اجرا به جاوااسکریپت نیاز دارد.',
  settingsNotKept: 'تنظیمات در این بازدید به کار می‌روند اما اینجا به خاطر سپرده نمی‌شوند.',
  noPicture: 'تصویر میز در این مرورگر کشیده نمی‌شود؛ بحث بدون آن هم همان‌گونه بازی می‌شود.',
  storyError: (error: string) => `داستان ویرایش‌شده با خطا متوقف شد: ${error}`,
  storyReloaded: (kept: number, of: number) => `داستان دوباره بارگذاری شد؛ ${num(kept)} از ${plural(of, { one: '# انتخاب', other: '# انتخاب' })} بازپخش شد.`,
} as const;

/** The grade words of the debrief (also the transcript's `grade:` note). */
export const SECTION_debrief_grade: Record<Grade, string> = { strong: 'قوی', partial: 'نسبی', weak: 'ضعیف', backfire: 'نتیجه معکوس' };

/** The words of src/ui/play/transcript.ts. */
const SECTION_transcript = {
  stanceNow: (who: string, stance: string) => `[${who} اکنون ${stance} است]`,
  audienceMoved: (change: string, now: number) => `حاضران ${digits(change)} (اکنون ${num(now)})`,
  credibilityMoved: (change: string, now: number) => `اعتبار شما ${digits(change)} (اکنون ${num(now)})`,
  dramatized: 'نمایشی',
  leadIn: 'مقدمه نمایشی',
  sources: (ids: readonly string[]) => `منبع ${SECTION_lists.items(ids)}`,
  grade: (grade: Grade) => `نمره: ${SECTION_debrief_grade[grade]}`,
  /** A line's notes after it, in brackets: dramatized, its sources, its grade. */
  notes: (parts: readonly string[]) => ` (${SECTION_lists.groups(parts)})`,
  /** A caption's parts (the meters that moved), in square brackets. */
  captionParts: (parts: readonly string[]) => `[${SECTION_lists.groups(parts)}]`,
} as const;

/** The words of src/ui/teachers/teacher-hooks.ts. */
const SECTION_teacherHooks = {
  failed: (what: string) => `${what} باز نشد. صفحه را دوباره بارگذاری کنید و باز امتحان کنید.`,
  check: 'آزمونک',
  privacy: 'بیانیه حریم خصوصی',
} as const;

/** The words of src/ui/kit/dialogs.ts. */
const SECTION_dialogs = {
  close: 'بستن',
} as const;

/**
 * How the code joins and quotes words it did not write itself (names, grades, choices, paragraph
 * ids): each language's own comma, semicolon and quotation marks.
 */
const SECTION_lists = {
  /** A run of like items: "a, b, c". */
  items: (parts: readonly string[]) => parts.join('، '),
  /** Items that may hold commas themselves (a line's notes, a map node's parts, a spreadsheet cell's grades): "a; b". */
  groups: (parts: readonly string[]) => parts.join('؛ '),
  /** The parts of one description, e.g. a save's name, place and time: "a · b · c". */
  parts: (parts: readonly string[]) => parts.join(' · '),
  /** Words quoted as said or written (a choice, a save's name). */
  quoted: (text: string) => `«${text}»`,
} as const;

/** A figure's stance, on the placards, the ending screen and the transcript. */
export const STANCES: Record<Stance, string> = { firm: 'سرسخت', wary: 'محتاط', open: 'پذیرا' };

/** Sound problems (src/platform/audio.ts, deferred-audio.ts). */
const CAPTIONED = 'زیرنویس‌های متن گفت‌وگو همه نشانه‌های صوتی را می‌گویند.';
const SOUND_PROBLEMS = {
  'effects-load': `جلوه‌های صوتی بارگذاری نشدند؛ ${CAPTIONED}`,
  'ambience-load': 'صدای پس‌زمینه سالن بارگذاری نشد؛ بازی بدون آن هم همان است.',
  play: `یک جلوه صوتی پخش نشد؛ ${CAPTIONED}`,
  locked: `مرورگر تا وقتی کلیک نکنید یا کلیدی نزنید صدا را نگه می‌دارد؛ تا آن وقت، ${CAPTIONED}`,
  unsupported: `این مرورگر نمی‌تواند صدا پخش کند؛ ${CAPTIONED}`,
} as const;

/** The transcript's caption for each sound cue (src/platform/audio.ts). */
const SOUND_CAPTIONS = {
  gavel: '[چکش فرود می‌آید]',
  murmur: '[زمزمه حاضران]',
  applause: '[تشویق]',
  chime: '[زنگی آرام]',
  buzz: '[وزوزی گنگ]',
  'stamp-strong': '[زنگی روشن و رو به بالا: قوی]',
  'stamp-partial': '[یک آوای روشن: نسبی]',
  'stamp-weak': '[ضربه‌ای بم و خفه: ضعیف]',
} as const;

/** The documents the engine builds (src/debate/documents/document-words.ts): the transcript, the one-page debrief sheet, the handout. */
/** سامانه آموزشی مدرسه (LMS، از راه بسته SCORM) پیرامون بازی. */
const SECTION_lms = {
  resumed: 'به همان جایی برگشتید که مانده بودید: درس شما این بحث را نگه داشته بود.',
  resumeRefused: (why: string) => `درس شما بحثی را نگه داشته که اینجا نمی‌توان ادامه‌اش داد. ${why} بحث تازه‌ای آغاز کنید تا درس شما آن را نگه دارد.`,
  problem: (kind: 'not-started' | 'refused' | 'threw' | 'too-long', call: string, detail: string) =>
    `${
      kind === 'not-started'
        ? 'سامانه آموزشی درس شما ثبت این بحث را آغاز نکرد'
        : kind === 'too-long'
          ? 'این بحث برای نگه‌داشتن در سامانه آموزشی درس شما بیش از اندازه بلند است'
          : 'سامانه آموزشی درس شما بخشی از این بحث را ثبت نکرد'
    } (${call}${kind === 'threw' ? ' خطا داد: ' : ': '}${detail}). بازی ادامه می‌یابد و روی همین دستگاه ذخیره می‌شود؛ معلمتان همچنان می‌تواند کد بازی یا فایل بازی شما را بگیرد.`,
} as const;

export const faCore = {
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
