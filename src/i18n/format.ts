// Numbers and plurals in a language's own way (Intl), for the catalogues' messages: each catalogue
// makes its formatters once, for its own locale, so a message never formats with another language's
// rules.
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

export function formatters(locale: Locale): Formatters {
  const numbers = new Intl.NumberFormat(locale);
  const rules = new Intl.PluralRules(locale);
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const num = (n: number) => numbers.format(n);
  return {
    locale,
    num,
    percent: (fraction) => percents.format(fraction),
    plural: (n, forms) => (forms[rules.select(n)] ?? forms.other).replaceAll('#', num(n)),
  };
}
