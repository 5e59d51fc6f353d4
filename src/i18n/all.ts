// Each language's whole catalogue, both parts in one object: for tests and build scripts, which read
// every message at once. The game never imports this module: it loads a language's parts as they are
// needed (src/i18n/index.ts), the words of the dialogs only with the first dialog.
import { enCore } from './en.ts';
import { enDialogs } from './en-dialogs.ts';
import { faCore } from './fa.ts';
import { faDialogs } from './fa-dialogs.ts';

export const en = { ...enCore, ...enDialogs };
export const fa = { ...faCore, ...faDialogs };
