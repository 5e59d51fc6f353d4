// The formatters make their Intl objects when first needed, or when warmed up ahead of need (start()
// does it before the title menu is shown), never while a catalogue module is evaluated.
import { afterEach, describe, expect, it } from 'vitest';
import { formatters, warmUpFormatters } from './format.ts';

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

describe('formatters', () => {
  it('make no Intl object until used or warmed up, then each once', () => {
    // Catalogues loaded before this test (the English one every test starts with, and with
    // isolate: false any other file in this worker loaded) have formatters registered already.
    // Made here, before counting, they leave only this test's to count.
    warmUpFormatters();
    countIntl();
    const f = formatters('fa');
    expect(made).toEqual({ numbers: 0, rules: 0 });
    warmUpFormatters();
    expect(made).toEqual({ numbers: 2, rules: 1 });
    expect(f.num(12)).toBe('۱۲');
    expect(f.plural(1, { one: '# بار', other: '# بار' })).toBe('۱ بار');
    expect(f.percent(0.5)).toBe('۵۰٪');
    expect(made).toEqual({ numbers: 2, rules: 1 });
  });
});
