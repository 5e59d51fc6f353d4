// Whole numbers are written without Intl (its first object is a long task on a slow laptop), exactly
// as Intl writes them; anything else still goes to Intl, made on first need.
import { afterEach, describe, expect, it } from 'vitest';
import { formatters } from './format.ts';
import type { Locale } from './locale.ts';

const { NumberFormat, PluralRules } = Intl;
const made = { numbers: 0, rules: 0 };
afterEach(() => {
  Object.assign(Intl, { NumberFormat, PluralRules });
});

/** Counts the Intl objects made from here on. */
function countIntl(): void {
  made.numbers = 0;
  made.rules = 0;
  Object.assign(Intl, {
    NumberFormat: class extends NumberFormat {
      constructor(...args: ConstructorParameters<typeof NumberFormat>) {
        super(...args);
        made.numbers++;
      }
    },
    PluralRules: class extends PluralRules {
      constructor(...args: ConstructorParameters<typeof PluralRules>) {
        super(...args);
        made.rules++;
      }
    },
  });
}

const LOCALES: Locale[] = ['en', 'fa'];
const WHOLES = [
  ...Array.from({ length: 2101 }, (_, i) => i - 100),
  9999, 10_000, 99_999, 100_000, 123_456, 999_999, 1_000_000, -1_234_567, 987_654_321, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER,
];
const FRACTIONS = [
  ...Array.from({ length: 2001 }, (_, i) => (i - 1000) / 1000),
  0.005, 0.015, 0.125, 0.145, 0.285, 0.575, 1.005, 0.07, 0.29, 0.57, 0.58, 1 / 3, 2 / 3, 12.345, -0.004, -0, 1e-9, 0.49999999, 1.5, -1.5, 0.1, 0.2 + 0.1, 1234.5, -9876.125, 1e14 + 0.5, 1e15 + 0.5, 123456789.123, 0.0005, 0.0015, 2.0005,
];

describe('formatters', () => {
  it.each(LOCALES)('write whole numbers, whole percentages and their plurals in %s as Intl does', (locale) => {
    const f = formatters(locale);
    const numbers = new Intl.NumberFormat(locale);
    const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const rules = new Intl.PluralRules(locale);
    const forms = { zero: 'z#', one: 'o#', two: 't#', few: 'f#', many: 'm#', other: 'x#' };
    for (const n of WHOLES) {
      expect(f.num(n), `${n}`).toBe(numbers.format(n));
      expect(f.plural(n, forms), `${n}`).toBe((forms[rules.select(n)] ?? forms.other).replaceAll('#', numbers.format(n)));
    }
    for (const x of [...FRACTIONS, ...WHOLES]) expect(f.percent(x), `${x}`).toBe(percents.format(x));
    for (const x of FRACTIONS) {
      expect(f.num(x), `${x}`).toBe(numbers.format(x));
      expect(f.plural(x, forms), `${x}`).toBe((forms[rules.select(x)] ?? forms.other).replaceAll('#', numbers.format(x)));
    }
  });

  it('make no Intl object for plain numbers, whole percentages and whole plurals, and one of each kind for the rest', () => {
    countIntl();
    const f = formatters('fa');
    expect(f.num(12)).toBe('۱۲');
    expect(f.num(-1234)).toBe('\u200e\u2212۱٬۲۳۴');
    expect(f.plural(1, { one: '# بار', other: '# بار' })).toBe('۱ بار');
    expect(f.percent(0.5)).toBe('۵۰٪');
    expect(formatters('en').plural(2, { one: '# time', other: '# times' })).toBe('2 times');
    // (The Persian catalogue reads its decimal sign from num(1.5) when it loads.)
    expect(f.num(1.5)).toBe('۱٫۵');
    expect(f.num(-0.25)).toBe('\u200e\u2212۰٫۲۵');
    expect(made).toEqual({ numbers: 0, rules: 0 });
    expect(f.num(2.5678)).toBe('۲٫۵۶۸');
    expect(f.plural(1.5, { one: 'a', other: 'b' })).toBe('b');
    expect(f.percent(0.125)).toBe('۱۳٪');
    expect(made).toEqual({ numbers: 2, rules: 1 });
  });
});
