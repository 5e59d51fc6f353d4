// The documents' words in English, from the English catalogue: what a builder uses when its caller
// gives no words (a view passes the catalogue's `documents` of the page's language).
import type { DocumentWords } from './document-words.ts';
import { en } from '../../i18n/en.ts';

export const ENGLISH_DOCUMENTS: DocumentWords = en.documents;
