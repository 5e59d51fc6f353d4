// The Persian catalogue reads as Persian: every message, called with sample arguments of every kind
// its English original takes (read from en.ts's types), holds Persian words, no run of English words,
// no Arabic ي or ك, and numbers in Persian digits. The checker is shown to catch each of these.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { en, fa } from './all.ts';
import { messageSamples, NUMBER_SAMPLES } from './message-samples.ts';
import { messagesOf, persianProblems, persianTextProblems } from './persian-check.ts';

let samples: Map<string, unknown[][]>;
// The samples come from the TypeScript compiler reading the catalogues' types: ~10 s on a busy
// two-core machine, past Vitest's default 10 s for a hook (it timed out here once).
beforeAll(() => {
  samples = messageSamples(fileURLToPath(new URL('./all.ts', import.meta.url)), 'en');
}, 120_000);

describe('the sample arguments', () => {
  it('cover every message of the English catalogue, with every kind of argument', () => {
    const paths = [...messagesOf(en)].map(([path]) => path).sort();
    expect([...samples.keys()].sort()).toEqual(paths);
    // A reason is sampled for every code and every subject; a count for every sample number; a flag both ways.
    const reasons = samples.get('reason')!.map(([r]) => r as { code: string; subject: string });
    const codes = [...readFileSync(fileURLToPath(new URL('../debate/persistence/reasons.ts', import.meta.url)), 'utf8').matchAll(/\{ code: '([a-z-]+)'/g)].map((match) => match[1]);
    expect(new Set(reasons.map((r) => r.code))).toEqual(new Set(codes));
    expect(new Set(reasons.map((r) => r.subject)).size).toBe(8);
    expect(samples.get('words.cleared')).toContainEqual([NUMBER_SAMPLES[0], NUMBER_SAMPLES[1], false]);
    expect(samples.get('transcriptExport.saved')).toEqual([['html'], ['md'], ['json']]);
  });
});

describe('the Persian catalogue', () => {
  it('reads as Persian in every message, whatever the arguments', () => {
    expect(persianProblems(fa, samples)).toEqual([]);
  });

  it('writes counts in Persian digits', () => {
    expect(fa.hud.opponent(2, 6)).toBe('مخالف ۲ از ۶');
    expect(fa.classResults.done(1200, 3)).toBe('۱٬۲۰۰ دور شمرده شد، ۳ کنار گذاشته شد.');
    expect(fa.settingsDialog.percent(0.375)).toBe('۳۸٪');
    expect(fa.reason({ code: 'other-format', subject: 'save', found: { kind: 'number', value: 99 }, reads: 1, newer: false })).toBe('این ذخیره از قالب ۹۹ استفاده می‌کند؛ این نسخه از بازی قالب ۱ را می‌خواند.');
  });
});

describe('the check', () => {
  const planted = (text: string) => persianProblems({ ...fa, dialogs: { close: text } }, samples).filter((p) => p.startsWith('dialogs.close'));

  it('finds a planted English string, or English words inside Persian', () => {
    expect(planted('Close')).toEqual(['dialogs.close: no Persian words (Close)']);
    expect(planted('بستن the dialog')).toEqual(['dialogs.close: English words: "the dialog" (بستن the dialog)']);
    expect(persianProblems(en, samples).length).toBeGreaterThan(400);
  });

  it('lets acronyms, key names, ids and file names stand in Persian words', () => {
    for (const text of ['خبرگزاری ایرنا (IRNA) و فایل CSV', 'کلید Esc یا Enter', 'باید hits و falseAlarms را داشته باشد', 'در docs/teacher-guide.md هم هست', 'کاغذ A4 و ISO 8601', 'با RT1- آغاز می‌شود', 'با Ctrl+C (یا ⌘+C)']) {
      expect(persianTextProblems(text), text).toEqual([]);
    }
  });

  it('finds a file extension that would show its dot on the wrong side right to left', () => {
    expect(persianTextProblems('بارگیری فایل بازی (.json)')).toEqual(['a file extension not isolated (U+2068 … U+2069): its dot shows on the wrong side']);
    expect(persianTextProblems('بارگیری فایل بازی (\u2068.json\u2069)')).toEqual([]);
    // Inside a file name the dot needs no isolate: the name is one left-to-right run.
    expect(persianTextProblems('میزگرد-نتایج-کلاس-۱۴۰۵.csv')).toEqual([]);
  });

  it('finds Arabic ي and ك, and numbers in ASCII digits', () => {
    expect(planted('كتاب')).toEqual(['dialogs.close: Arabic ي, ك or ى where Persian writes ی and ک (كتاب)']);
    expect(planted('بستني')).toHaveLength(1);
    const rawNumbers = { ...fa, hud: { ...fa.hud, opponent: (round: number, rounds: number) => `مخالف ${round} از ${rounds}` } };
    expect(persianProblems(rawNumbers, samples)).toEqual(['hud.opponent: a number in ASCII digits, not formatted for Persian (مخالف 0 از 0)']);
  });

  it('calls every message: one without samples is a problem, not a pass', () => {
    const withExtra = { ...fa, hud: { ...fa.hud, extra: (n: number) => `${n}` } };
    expect(persianProblems(withExtra, samples)).toContain('hud.extra: no sample arguments to call it with');
  });
});
