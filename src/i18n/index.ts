// The message catalogues: every word of the game's own chrome (not the story's, which comes from
// story/ and the cast sheet) in one typed catalogue per language. `m()` is the active language's
// catalogue; views read their words from it when they build, so the words follow the language the
// page was started in. English is the reference: every other catalogue has its keys (the types say
// so, and src/i18n/catalogue.test.ts checks it at run time). Each catalogue comes in two chunks,
// fetched for the page's language only (a Persian page never downloads English words): the core
// (`en.ts`: the title menu, the play screen, the notices), which src/app/language.ts loads before any
// view reads `m()`, and the dialogs' words (`en-dialogs.ts`: settings, saves, sharing, the branch
// map, the documents, the teachers' tools), loaded with the first dialog that needs them
// (`withDialogWords`), so a first decision never pays for them. A dialog's words read before they
// have arrived throw (in tests, loudly) rather than show a player a key or another language.
import type { enCore } from './en.ts';
import type { enDialogs } from './en-dialogs.ts';
import { FALLBACK_LOCALE, type Locale } from './locale.ts';
import type { Reason } from '../debate/persistence/reasons.ts';

export { AUTONYMS, chooseLocale, directionOf, LANGUAGE_SWITCH_LABEL, localeOf, FALLBACK_LOCALE, type Locale, type LocaleInputs } from './locale.ts';

/** The languages a player can choose, in the switch's order. */
export const LOCALES: readonly Locale[] = ['en', 'fa'];

/** A catalogue's core: English's keys and message signatures, with any words. */
export type CoreMessages = Widen<typeof enCore>;
/** The words only dialogs show, the catalogue's second part. */
export type DialogMessages = Widen<typeof enDialogs>;
/** A whole catalogue. */
export type Messages = CoreMessages & DialogMessages;
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;

/**
 * How each language's catalogue arrives, in its two parts. A new language adds its loaders here (see
 * README, "Adding a language"). Each part is a chunk of its own, loaded only when the page speaks
 * the language, so neither edition's first-load bytes grow with each language added.
 */
const LOADERS: Partial<Record<Locale, { core: () => Promise<CoreMessages>; dialogs: () => Promise<DialogMessages> }>> = {
  en: {
    core: () => import('./en.ts').then((module) => module.enCore),
    dialogs: () => import('./en-dialogs.ts').then((module) => module.enDialogs),
  },
  fa: {
    core: () => import('./fa.ts').then((module) => module.faCore),
    dialogs: () => import('./fa-dialogs.ts').then((module) => module.faDialogs),
  },
};

/**
 * The sections of the dialogs' part (its keys: catalogue.test.ts holds this list equal to every
 * language's), known before the part arrives, so that reading one early throws.
 */
export const DIALOG_SECTIONS = [
  'documents', 'savedDebates', 'branchMap', 'classResults', 'teacherMap', 'debrief', 'checkDialog', 'compare', 'slots', 'settingsDialog',
  'teacherLabels', 'transcriptExport', 'share', 'print', 'mapPicture', 'privacy', 'documentView',
] as const satisfies readonly (keyof DialogMessages)[];

/**
 * The catalogues loaded so far (by `loadCatalogue`; Node tests register English whole in
 * src/i18n/test-setup.ts): a language's core, with its dialogs' sections read from its second part
 * once `loadDialogWords` has brought it.
 */
export const CATALOGUES: Partial<Record<Locale, Messages>> = {};

/** A language with a catalogue (loaded or loadable). */
export const isPlayable = (locale: Locale): boolean => LOADERS[locale] !== undefined;

/** The dialogs' parts that have arrived. */
const dialogParts: Partial<Record<Locale, DialogMessages>> = {};
/** The catalogues made of a core and a second part to come (not a whole one a test registered). */
const inParts = new WeakSet<Messages>();

/** `core` as a whole catalogue: each dialog section read from the language's second part, or throwing while it has not arrived. */
function withDialogSections(locale: Locale, core: CoreMessages): Messages {
  const whole = { ...core } as Record<string, unknown>;
  for (const section of DIALOG_SECTIONS) {
    Object.defineProperty(whole, section, {
      enumerable: true,
      get() {
        const part = dialogParts[locale];
        if (!part) throw new Error(`m().${section} was read before the ${locale} dialogs' words arrived: open the dialog through withDialogWords (src/i18n/index.ts).`);
        return part[section];
      },
    });
  }
  inParts.add(whole as Messages);
  return whole as Messages;
}

/** Brings `locale`'s catalogue's core (once), so that `useLocale(locale)` can use it. */
export async function loadCatalogue(locale: Locale): Promise<void> {
  if (CATALOGUES[locale]) return;
  const load = LOADERS[locale];
  if (load) CATALOGUES[locale] = withDialogSections(locale, await load.core());
}

/** Brings the active language's dialogs' words (once; at once where its catalogue is whole, as in Node tests). */
export async function loadDialogWords(): Promise<void> {
  const { locale, messages } = inUse();
  if (!inParts.has(messages) || dialogParts[locale]) return;
  const load = LOADERS[locale];
  if (load) dialogParts[locale] = await load.dialogs();
}

/** `load` (a dialog's module, say) once the dialogs' words have arrived too: how every dialog is opened. */
export async function withDialogWords<T>(load: Promise<T>): Promise<T> {
  const [module] = await Promise.all([load, loadDialogWords()]);
  return module;
}

let active: { locale: Locale; messages: Messages } | null = null;

/**
 * Makes `locale` the page's language (English when its catalogue is not loaded); returns the one in
 * use. English must be loaded when `locale`'s catalogue is not.
 */
export function useLocale(locale: Locale): Locale {
  const wanted = CATALOGUES[locale];
  const english = CATALOGUES[FALLBACK_LOCALE];
  if (wanted) active = { locale, messages: wanted };
  else if (english) active = { locale: FALLBACK_LOCALE, messages: english };
  else throw new Error(`Neither the ${locale} nor the English catalogue is loaded: call loadCatalogue first.`);
  return active.locale;
}

function inUse(): { locale: Locale; messages: Messages } {
  if (!active) throw new Error('No catalogue is in use yet: the page chooses its language (applyLanguage) before any words are read.');
  return active;
}

export const activeLocale = (): Locale => inUse().locale;

/** The active language's messages. */
export const m = (): Messages => inUse().messages;

/** One reason something read from outside could not be used, in plain words. */
export const reasonText = (reason: Reason): string => m().reason(reason);

/** Several reasons, as one paragraph. */
export const reasonsText = (reasons: readonly Reason[]): string => reasons.map(reasonText).join(' ');
