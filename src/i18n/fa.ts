// The Persian catalogue (فارسی): every message of the English reference catalogue (en.ts), same
// keys and parameters, in plain Persian for Iranian secondary-school students and teachers. Numbers
// go through formatters('fa'), so they come out in Persian digits. The words follow the Persian
// story (story/fa/): «نمایشی» for dramatized, «حاضران» and «اعتبار» for the meters, the moves as
// story/fa/cast.json names them, «درست یا مغالطه» for the check. Typography: ZWNJ where standard,
// Persian punctuation (، ؛ ؟ « »), ی and ک only (src/i18n/fa.test.ts holds these).
// Keyboard keys keep their physical names (M, Esc, Enter, Backspace): a Persian keyboard has them too.
import { formatters } from './format.ts';
import type { Grade, Move, Stance } from '../debate/core/contract.ts';
import type { DocumentWords } from '../debate/documents/document-words.ts';
import type { WriteFailure } from '../debate/core/ports.ts';
import type { FieldRule, Reason, Subject, ValueDescription } from '../debate/persistence/reasons.ts';

const { num, percent, plural } = formatters('fa');

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
const digits = (text: string) => text.replace(/(?<=\d)\.(?=\d)/g, DECIMAL).replace(/\d/g, (digit) => num(Number(digit)));

const kb = (chars: number) => `${num(Math.max(1, Math.round(chars / 1024)))} کیلوبایت`;

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
  // The saved debates dialog.
  savedTitle: 'بحث‌های ذخیره‌شده',
  savedHint: 'خانه‌های ذخیره شما، ذخیره‌هایی برای بردن به رایانه‌ای دیگر، و هر چه کنار گذاشته شده',
  exportSlot: (label: string) => `بارگیری ${label}`,
  importTitle: 'آوردن ذخیره‌ای از رایانه‌ای دیگر',
  importHelp: 'فایل ذخیره‌ای را که از این بازی بارگیری شده (مثلاً روی رایانه‌ای دیگر) انتخاب کنید. مثل هر ذخیره‌ای بررسی می‌شود و از همان جایی که ذخیره شده بازی می‌شود.',
  importChoose: 'انتخاب فایل ذخیره',
  importTooLarge: (size: number) => `این فایل برای یک ذخیره بیش از حد بزرگ است (${kb(size)}).`,
  importRefused: (reason: string) => `این فایل اینجا بازی نمی‌شود. ${reason} چیزی تغییر نکرد.`,
  importUnreadable: 'مرورگر نتوانست این فایل را بخواند.',
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

/** The words of src/ui/play/sources.ts. */
const SECTION_sources = {
  intro: 'این بحث بر پایه «چرا دوباره با آمریکا مذاکره کنیم» ساخته شده، از سرویس فارسی خبرگزاری جمهوری اسلامی ایران (ایرنا). ما فقط نسخه انگلیسی منتشرشده را داریم؛ متن فارسی ترجمه از نسخه انگلیسی است، نه عین عبارت اصلی. هر بند شناسه‌ای دارد که بازی به آن ارجاع می‌دهد.',
  title: 'منابع',
} as const;

/** The words of src/ui/teachers/privacy.ts. */
const SECTION_privacy = {
  title: 'حریم خصوصی',
  clearNote: '«تنظیمات ← پاک کردن داده‌های من» در صفحه عنوان و در منوی میان بحث هست.',
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

/** The words of src/ui/play/transcript.ts. */
const SECTION_transcript = {
  stanceNow: (who: string, stance: string) => `[${who} اکنون ${stance} است]`,
  audienceMoved: (change: string, now: number) => `حاضران ${digits(change)} (اکنون ${num(now)})`,
  credibilityMoved: (change: string, now: number) => `اعتبار شما ${digits(change)} (اکنون ${num(now)})`,
  dramatized: 'نمایشی',
  leadIn: 'مقدمه نمایشی',
  sources: (ids: readonly string[]) => `منبع ${ids.join('، ')}`,
  grade: (grade: Grade) => `نمره: ${SECTION_debrief_grade[grade]}`,
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

/** The words of src/ui/teachers/teacher-hooks.ts. */
const SECTION_teacherHooks = {
  failed: (what: string) => `${what} باز نشد. صفحه را دوباره بارگذاری کنید و باز امتحان کنید.`,
  check: 'آزمونک',
  privacy: 'بیانیه حریم خصوصی',
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

/** The words of src/ui/kit/dialogs.ts. */
const SECTION_dialogs = {
  close: 'بستن',
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

/** The grade words of the debrief (also the transcript's `grade:` note). */
const SECTION_debrief_grade: Record<Grade, string> = { strong: 'قوی', partial: 'نسبی', weak: 'ضعیف', backfire: 'نتیجه معکوس' };

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

/** A figure's stance, on the placards, the ending screen and the transcript. */
const STANCES: Record<Stance, string> = { firm: 'سرسخت', wary: 'محتاط', open: 'پذیرا' };

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

/** چاپ متن کامل گفت‌وگو: شمار صفحه‌ها، پیش از چاپ اندازه گرفته می‌شود (src/ui/documents/page-count.ts). */
const SECTION_print = {
  measuring: 'در حال شمردن صفحه‌ها…',
  pages: (a4: number, letter: number) =>
    `متن کامل گفت‌وگو در چاپ ${num(a4)} صفحه کاغذ A4 می‌شود${letter === a4 ? ' و همین اندازه در کاغذ لتر' : `، و ${num(letter)} صفحه در کاغذ لتر`}. برگه یک‌صفحه‌ای مرور بحث یک صفحه است.`,
  unmeasured: 'شمار صفحه‌ها در این مرورگر اندازه گرفته نشد.',
} as const;

export const fa = {
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
