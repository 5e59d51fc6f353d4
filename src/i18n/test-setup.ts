// Unit tests read words through `m()` as the game does, but no page chose a language: they start in
// English, registered here without the dynamic import the browser uses (src/i18n/index.ts).
import { en } from './all.ts';
import { CATALOGUES, useLocale } from './index.ts';

CATALOGUES.en = en;
useLocale('en');
