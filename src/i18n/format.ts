// Numbers and plurals in a language's own way, for the catalogues' messages: each catalogue makes
// its formatters once, for its own locale, so a message never formats with another language's
// rules.
//
// Plain numbers (whole, or with at most three decimals: the HUD's meters, counts, and the Persian
// catalogue's decimal sign, read from num(1.5) when it loads) are written here by hand, as Intl
// writes them in English and Persian (format.test.ts holds the two alike), and so are the plurals
// of whole numbers: the first Intl object of a page loads the browser's locale data, one task of
// ~120-180 ms at 4x CPU that nothing can split, and nothing before the first decision needs more.
// Anything else (more decimals, -0, a huge number) goes to Intl, made on first need.
import type { Locale } from './locale.ts';

/** A message's forms by CLDR plural category; `#` in a form stands for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Formatters {
  readonly locale: Locale;
  /** A count or a quantity, as the locale writes numbers. */
  num(n: number): string;
  /** A fraction (0.5) as a whole percentage, as the locale writes it. */
  percent(fraction: number): string;
  /** The form of a message for `n` (its plural category in this locale), `#` replaced by `num(n)`. */
  plural(n: number, forms: PluralForms): string;
}

/** `make()` once, on the first call: its value from then on. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/** How a locale writes a whole number and a whole percentage, and picks a plural for a whole number (CLDR). */
interface WholeNumbers {
  digits: string;
  group: string;
  decimal: string;
  minus: string;
  percentSign: string;
  plural(whole: number): Intl.LDMLPluralRule;
}

const WHOLE: Readonly<Record<Locale, WholeNumbers>> = {
  // CLDR en: one: i = 1 and v = 0 (of the absolute value).
  en: { digits: '0123456789', group: ',', decimal: '.', minus: '-', percentSign: '%', plural: (n) => (Math.abs(n) === 1 ? 'one' : 'other') },
  // CLDR fa (latn digits replaced by arabext): the minus sign after a left-to-right mark; one: i = 0 or n = 1.
  fa: { digits: '۰۱۲۳۴۵۶۷۸۹', group: '٬', decimal: '٫', minus: '\u200e\u2212', percentSign: '٪', plural: (n) => (Math.abs(n) <= 1 ? 'one' : 'other') },
};

/** Whole numbers this module writes itself: safe integers, not -0 (Intl writes "-0"). */
const isPlainWhole = (n: number): boolean => Number.isSafeInteger(n) && !Object.is(n, -0);

function writeWhole(n: number, way: WholeNumbers): string {
  const plain = String(Math.abs(n));
  let out = '';
  for (let i = 0; i < plain.length; i++) {
    if (i > 0 && (plain.length - i) % 3 === 0) out += way.group;
    out += way.digits[plain.charCodeAt(i) - 48];
  }
  return n < 0 ? way.minus + out : out;
}

/**
 * `n` as Intl's default (at most three decimals) writes it, when its shortest form has no more
 * than three: then Intl's rounding to three keeps exactly those digits. Otherwise null.
 */
function writePlain(n: number, way: WholeNumbers): string | null {
  if (isPlainWhole(n)) return writeWhole(n, way);
  if (!Number.isFinite(n) || Math.abs(n) >= 1e15) return null;
  const decimals = /^-?\d+\.(\d{1,3})$/.exec(String(n))?.[1];
  if (decimals === undefined) return null;
  const whole = Math.trunc(n);
  // (-0.5: the whole part is -0, written as the sign of the number.)
  const sign = n < 0 ? way.minus : '';
  return sign + writeWhole(Math.abs(whole), way) + way.decimal + [...decimals].map((d) => way.digits[d.charCodeAt(0) - 48]).join('');
}

/** `fraction` × 100 when that is a whole number beyond doubt (not within a hair of a half, where Intl's decimal rounding rules). */
function wholePercent(fraction: number): number | null {
  const hundredfold = fraction * 100;
  const rounded = Math.round(Math.abs(hundredfold)) * Math.sign(hundredfold);
  const rest = Math.abs(Math.abs(hundredfold) - Math.trunc(Math.abs(hundredfold)) - 0.5);
  return isPlainWhole(rounded) && rest > 1e-6 ? rounded : null;
}

export function formatters(locale: Locale): Formatters {
  const way = WHOLE[locale];
  const numbers = once(() => new Intl.NumberFormat(locale));
  const rules = once(() => new Intl.PluralRules(locale));
  const percents = once(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  const num = (n: number) => writePlain(n, way) ?? numbers().format(n);
  return {
    locale,
    num,
    percent: (fraction) => {
      const whole = wholePercent(fraction);
      return whole === null ? percents().format(fraction) : writeWhole(whole, way) + way.percentSign;
    },
    plural: (n, forms) => (forms[isPlainWhole(n) ? way.plural(n) : rules().select(n)] ?? forms.other).replaceAll('#', num(n)),
  };
}
