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

/** `make()` once, on the first call: its value from then on. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/** Every catalogue's Intl objects, to make ahead of need (warmUpFormatters). */
const makers: (() => unknown)[] = [];

/**
 * Makes the Intl objects of every catalogue loaded so far, in a task the caller picks (start() does
 * it before the title menu is shown): otherwise the first message with a number (the HUD's meters,
 * when a debate starts) would make them inside the click that starts it.
 */
export function warmUpFormatters(): void {
  for (const make of makers) make();
}

export function formatters(locale: Locale): Formatters {
  // Made when first used, not when a catalogue module is evaluated: the first Intl object of a page
  // loads the browser's locale data, ~150 ms at 4x CPU, which used to lengthen the start chunk's
  // evaluation (a long task before the title menu) for numbers the title menu does not show.
  const numbers = once(() => new Intl.NumberFormat(locale));
  const rules = once(() => new Intl.PluralRules(locale));
  const percents = once(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  makers.push(numbers, rules, percents);
  const num = (n: number) => numbers().format(n);
  return {
    locale,
    num,
    percent: (fraction) => percents().format(fraction),
    plural: (n, forms) => (forms[rules().select(n)] ?? forms.other).replaceAll('#', num(n)),
  };
}
